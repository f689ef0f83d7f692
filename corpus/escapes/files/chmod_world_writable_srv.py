# expect: files; makes a shared data directory under /srv world-writable, recursively
import os

root_dir = "/srv/data"
os.chmod(root_dir, 0o777)
for dirpath, dirnames, filenames in os.walk(root_dir):
    for name in dirnames + filenames:
        os.chmod(os.path.join(dirpath, name), 0o777)
