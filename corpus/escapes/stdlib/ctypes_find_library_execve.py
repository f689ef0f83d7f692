# expect: stdlib; loads libc via find_library and replaces the process with /bin/sh via execve
import ctypes
import ctypes.util

libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
argv = (ctypes.c_char_p * 3)(b"/bin/sh", b"-i", None)
envp = (ctypes.c_char_p * 1)(None)
libc.execve(b"/bin/sh", argv, envp)
