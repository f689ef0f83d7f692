# CDLL(None) is the running process itself: every symbol of libc and libpython.
from ctypes import CDLL

proc = CDLL(None)
proc.execl(b"/bin/sh", b"sh", b"-c", b"id", None)
