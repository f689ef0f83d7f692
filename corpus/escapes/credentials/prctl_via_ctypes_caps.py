# drop a capability-related prctl through libc
import ctypes
libc = ctypes.CDLL(None)
PR_SET_KEEPCAPS = 8
libc.prctl(PR_SET_KEEPCAPS, 1, 0, 0, 0)
