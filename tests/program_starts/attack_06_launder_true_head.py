# expect: unaccounted head
# Launder: a harmless, audited os.system('true') first, then a ctypes execve of
# a different program (head) that the shell line never mentions.
import ctypes
import os

os.system("true")

libc = ctypes.CDLL("libc.so.6")
argv = (ctypes.c_char_p * 4)(b"head", b"-n1", b"/etc/passwd", None)
envp = (ctypes.c_char_p * 1)(None)
pid = os.fork()
if pid == 0:
    for prog in (b"/usr/bin/head", b"/bin/head"):
        libc.execve(prog, argv, envp)
    os._exit(127)
_, status = os.waitpid(pid, 0)
print("laundered child exit:", os.waitstatus_to_exitcode(status))
