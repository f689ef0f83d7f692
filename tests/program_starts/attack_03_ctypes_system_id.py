# expect: unaccounted id
# libc system() via ctypes: the C library forks /bin/sh -c "id" itself,
# so Python's os.system audit event never fires. (ctypes.util.find_library is
# avoided on purpose: it can itself start ldconfig or gcc.)
import ctypes

libc = ctypes.CDLL("libc.so.6")
rc = libc.system(b"id")
print("libc.system returned", rc >> 8)
