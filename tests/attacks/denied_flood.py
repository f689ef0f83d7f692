# Attack: flood the supervisor with denied system calls.
# When denied calls are reported to pyjail (seccomp user notification), each one costs the
# supervisor work: a broken supervisor would grow its memory with every record, or fall so far
# behind that the program stalls past its timeout. The calls themselves are harmless (ptrace
# TRACEME, refused). Prints the count, the last errno and the rate.
# Usage: denied_flood.py MARKER [COUNT]
import ctypes
import json
import sys
import time

count = int(sys.argv[2]) if len(sys.argv) > 2 else 100000
libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
print(json.dumps({"ev": "start"}), flush=True)
started = time.monotonic()
errno = None
for _ in range(count):
    if libc.syscall(ctypes.c_long(101), ctypes.c_long(0), ctypes.c_long(0), ctypes.c_long(0),
                    ctypes.c_long(0)) != 0:
        errno = ctypes.get_errno()
elapsed = time.monotonic() - started
print(json.dumps({"ev": "flood", "calls": count, "errno": errno, "seconds": round(elapsed, 3)}),
      flush=True)
print(json.dumps({"ev": "done"}), flush=True)
