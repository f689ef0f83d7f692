# expect: stdlib; writes a script to /dev/shm and executes it with runpy.run_path
import os
import runpy

path = os.path.join("/dev/shm", ".k.py")
with open(path, "w") as fh:
    fh.write("import os\nos.system('id > /dev/shm/.k.out')\n")
runpy.run_path(path, run_name="__main__")
