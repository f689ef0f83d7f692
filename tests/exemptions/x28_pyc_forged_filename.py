# Code "compiled from strings (<string>)" counts as installed code. py_compile
# (installed code, so its compile is raised via: library) writes a bytecode-only
# module whose code carries the file name "<string>"; imported from a
# temporary directory, the module's events look like an installed module's.
import os
import py_compile
import sys
import tempfile

d = tempfile.mkdtemp()
src = os.path.join(d, "notes.txt")
with open(src, "w") as fh:
    fh.write("with open('/flag') as fh:\n    print(fh.read())\n")
py_compile.compile(src, cfile=os.path.join(d, "helper.pyc"), dfile="<string>",
                   doraise=True)
sys.path.insert(0, d)

import helper  # noqa: E402,F401
