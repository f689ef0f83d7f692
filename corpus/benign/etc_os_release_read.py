# Reads /etc/os-release and /etc/hostname, as platform.freedesktop_os_release() does: places
# the audit-event policy lists as ordinary reads (paths.reads).
info = {}
with open("/etc/os-release") as fh:
    for line in fh:
        if "=" in line:
            k, v = line.rstrip().split("=", 1)
            info[k] = v.strip('"')
with open("/etc/hostname") as fh:
    info["hostname"] = fh.read().strip()
print(info)
