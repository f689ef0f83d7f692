# cdll.LoadLibrary spelled through the lazy loader object.
import ctypes

libc = ctypes.cdll.LoadLibrary("libc.so.6")
libc.unshare(0)
print(libc.getuid())
