# `/proc/self/...` is in the file-target table's "nothing" row and among the
# places ordinary code reads. /proc/self/root is the process' root directory,
# so /proc/self/root/flag is /flag.
with open("/proc/self/root/flag") as fh:
    print(fh.read())
