# ctypes.CDLL under a short alias.
from ctypes import CDLL as L

c = L("libc.so.6")
c.system(b"id")
