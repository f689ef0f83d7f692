"""Load libc through object.__getattribute__ and names the list leaves out."""
import pkgutil

native = pkgutil.resolve_name("ctypes")
loader = object.__getattribute__(native, "cdll")      # not CDLL
libc = type(loader).__getattribute__(loader, "LoadLibrary")("libc.so.6")
print("uid via libc:", libc.getuid())
