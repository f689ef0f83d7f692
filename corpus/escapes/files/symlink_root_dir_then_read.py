# expect: files; symlinks "/" into an uploads folder, then reads /etc/shadow through a relative-looking path
import os

os.makedirs("uploads", exist_ok=True)
if not os.path.islink("uploads/mirror"):
    os.symlink("/", "uploads/mirror")

with open("uploads/mirror/etc/shadow") as fh:
    print(fh.read())
