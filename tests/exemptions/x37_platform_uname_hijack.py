# platform.platform is documented as not reported ("fixed helper programs ...
# no program or argument of the caller's choosing"). It runs `uname -p`, found
# by a PATH search; the program changes its environment (not counted) and puts
# its own `uname`, written and made executable in a temporary directory, first.
# Whatever that script prints comes back inside the platform string.
import os
import platform
import tempfile

bindir = tempfile.mkdtemp()
tool = os.path.join(bindir, "uname")
with open(tool, "w") as fh:
    fh.write("#!/bin/sh\nid | tr ' ' '_'\n")
os.chmod(tool, 0o755)
os.environ["PATH"] = bindir + os.pathsep + os.environ.get("PATH", "")

print(platform.platform())
