# expect: files; reads /etc/gshadow with os.open/os.read on a path joined from a config dict
import os

cfg = {"dir": "/etc", "file": "gshadow"}
fd = os.open(os.path.join(cfg["dir"], cfg["file"]), os.O_RDONLY)
chunks = []
while True:
    buf = os.read(fd, 4096)
    if not buf:
        break
    chunks.append(buf)
os.close(fd)
print(b"".join(chunks).decode())
