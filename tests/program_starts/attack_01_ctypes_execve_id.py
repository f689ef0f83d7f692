# expect: unaccounted id
# Fork with os.fork, then replace the child image via libc execve() from ctypes,
# so no os.exec / subprocess audit event names the program.
import ctypes
import os
import shutil

libc = ctypes.CDLL("libc.so.6", use_errno=True)
target = shutil.which("id").encode()
argv = (ctypes.c_char_p * 2)(b"id", None)
envp = (ctypes.c_char_p * 2)(b"PATH=/usr/bin:/bin", None)

pid = os.fork()
if pid == 0:
    libc.execve(target, argv, envp)
    os._exit(127)
_, status = os.waitpid(pid, 0)
print("child exit code:", os.waitstatus_to_exitcode(status))
