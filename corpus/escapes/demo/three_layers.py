# The README's demo: one program that tries every layer. A subclass walk from a
# string literal to os.system, a shell, a raw ptrace through ctypes, and a
# packet socket. The analyzer sees the walk and ctypes, the audit prelude sees
# os.system and ctypes, and the kernel refuses ptrace and the packet socket.
import ctypes
import socket

classes = "".__class__.__base__.__subclasses__()
wrap_close = next(c for c in classes if c.__name__ == "_wrap_close")
system = wrap_close.__init__.__globals__["system"]
system("echo shell runs as $(id -un) in $(pwd)")

libc = ctypes.CDLL(None, use_errno=True)
print("ptrace:", libc.ptrace(0, 0, 0, 0), "errno", ctypes.get_errno())
try:
    socket.socket(socket.AF_PACKET, socket.SOCK_RAW)
except OSError as error:
    print("packet socket:", error)
