# expect: signals_creds; attaches to the parent process with ptrace through ctypes (PTRACE_ATTACH=16) to read its memory
import ctypes
import os

libc = ctypes.CDLL("libc.so.6", use_errno=True)
libc.ptrace.restype = ctypes.c_long
libc.ptrace.argtypes = [ctypes.c_long, ctypes.c_long, ctypes.c_void_p, ctypes.c_void_p]
PTRACE_ATTACH, PTRACE_PEEKDATA, PTRACE_DETACH = 16, 2, 17
pid = os.getppid()
if libc.ptrace(PTRACE_ATTACH, pid, None, None) == 0:
    os.waitpid(pid, 0)
    word = libc.ptrace(PTRACE_PEEKDATA, pid, ctypes.c_void_p(0x400000), None)
    print(hex(word & 0xFFFFFFFFFFFFFFFF))
    libc.ptrace(PTRACE_DETACH, pid, None, None)
