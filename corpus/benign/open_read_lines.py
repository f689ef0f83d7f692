"""open() for text files: write, append, read line by line, with encoding."""
import os
import tempfile

fd, path = tempfile.mkstemp(suffix=".log")
os.close(fd)
try:
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("INFO start\nWARN disk 91%\n")
    with open(path, "a", encoding="utf-8") as fh:
        print("ERROR quota exceeded", file=fh)

    levels = {}
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, 1):
            level, _, message = line.rstrip("\n").partition(" ")
            levels.setdefault(level, []).append((number, message))
    print(levels)
finally:
    os.unlink(path)
