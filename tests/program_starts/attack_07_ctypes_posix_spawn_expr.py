# expect: unaccounted expr
# libc posix_spawnp() through ctypes: no os.fork, no os.posix_spawn audit event.
import ctypes
import os

libc = ctypes.CDLL("libc.so.6")
libc.posix_spawnp.argtypes = [ctypes.POINTER(ctypes.c_int), ctypes.c_char_p,
                              ctypes.c_void_p, ctypes.c_void_p,
                              ctypes.POINTER(ctypes.c_char_p),
                              ctypes.POINTER(ctypes.c_char_p)]
pid = ctypes.c_int(0)
argv = (ctypes.c_char_p * 5)(b"expr", b"40", b"+", b"2", None)
envp = (ctypes.c_char_p * 2)(b"PATH=/usr/bin:/bin", None)
err = libc.posix_spawnp(ctypes.byref(pid), b"expr", None, None, argv, envp)
if err:
    raise SystemExit(f"posix_spawnp failed: {os.strerror(err)}")
_, status = os.waitpid(pid.value, 0)
print("spawned expr pid", pid.value, "exit", os.waitstatus_to_exitcode(status))
