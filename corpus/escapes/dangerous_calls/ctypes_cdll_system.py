# ctypes loads libc and calls system(3) directly: no Python-level hook sees it.
import ctypes

libc = ctypes.CDLL("libc.so.6")
libc.system(b"id")
