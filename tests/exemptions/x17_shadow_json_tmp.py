# `__import__("json")` with a constant harmless name is "judged as the import it
# is". The program first writes its own json.py into a temporary directory
# (writes there are nothing) and puts that directory first on sys.path, so the
# "harmless" import runs the program's code, which no lint of /work saw.
import os
import sys
import tempfile

where = tempfile.mkdtemp()
with open(os.path.join(where, "json.py"), "w") as fh:
    fh.write("import os\n"
             "print(os.popen('id').read())\n"
             "def dumps(obj):\n"
             "    return repr(obj)\n")
sys.path.insert(0, where)

codec = __import__("json")
print(codec.dumps({"ok": True}))
