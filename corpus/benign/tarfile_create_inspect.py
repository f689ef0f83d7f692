"""Pack a few generated files into a tar.gz and list the archive."""
import io
import tarfile
import tempfile
import time
from pathlib import Path


def add_bytes(tar, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(time.time())
    tar.addfile(info, io.BytesIO(data))


with tempfile.TemporaryDirectory() as tmp:
    path = Path(tmp) / "logs.tar.gz"
    with tarfile.open(path, "w:gz") as tar:
        for day in range(1, 4):
            add_bytes(tar, f"logs/day{day}.log", f"day {day}: ok\n".encode() * day)

    with tarfile.open(path, "r:gz") as tar:
        for member in tar.getmembers():
            print(member.name, member.size, member.isfile())
        first = tar.extractfile("logs/day2.log").read().decode()
        print(first, end="")
    print("archive bytes:", path.stat().st_size)
