# expect: signals_creds; joins pid 1's mount namespace via /proc/1/ns/mnt (os.setns 3.12+, else ctypes setns)
import ctypes
import os

CLONE_NEWNS = 0x00020000
fd = os.open("/proc/1/ns/mnt", os.O_RDONLY)
if hasattr(os, "setns"):
    os.setns(fd, CLONE_NEWNS)
else:
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.setns(fd, CLONE_NEWNS) != 0:
        raise OSError(ctypes.get_errno(), "setns")
print(os.listdir("/root"))
