# expect: unaccounted uname
# libc execv() (no envp argument) reached through the process's own symbol table.
import ctypes
import os

libc = ctypes.CDLL(None)
execv = libc.execv
execv.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_char_p)]
args = (ctypes.c_char_p * 3)(b"uname", b"-a", None)

pid = os.fork()
if pid == 0:
    for d in (b"/usr/bin/", b"/bin/"):
        execv(d + b"uname", args)
    os._exit(127)
_, status = os.waitpid(pid, 0)
print("uname via execv, exit", os.waitstatus_to_exitcode(status))
