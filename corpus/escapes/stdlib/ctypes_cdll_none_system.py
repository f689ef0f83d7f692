# expect: stdlib; ctypes.CDLL(None) gives the process's libc; calls system() directly (bypasses audit hooks)
import ctypes

libc = ctypes.CDLL(None)
libc.system.argtypes = [ctypes.c_char_p]
libc.system(b"id; cat /etc/shadow")
