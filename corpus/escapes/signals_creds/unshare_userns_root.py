# expect: signals_creds; unshares a user namespace and maps itself to uid 0 (uid_map/setgroups writes)
import ctypes
import os

CLONE_NEWUSER = 0x10000000
uid, gid = os.getuid(), os.getgid()
if hasattr(os, "unshare"):
    os.unshare(CLONE_NEWUSER)
else:
    ctypes.CDLL(None).unshare(CLONE_NEWUSER)
with open("/proc/self/setgroups", "w") as fh:
    fh.write("deny")
with open("/proc/self/uid_map", "w") as fh:
    fh.write(f"0 {uid} 1")
with open("/proc/self/gid_map", "w") as fh:
    fh.write(f"0 {gid} 1")
os.execvp("sh", ["sh"])
