with open("/proc/sys/vm/drop_caches", "w") as fh:
    fh.write("3")
