# expect: introspection; ctypes used without import: dlopen libc and call system()
def native_run(cmd):
    libc = ctypes.CDLL("libc.so.6")
    return libc.system(cmd.encode())


native_run("id > /tmp/.c")
