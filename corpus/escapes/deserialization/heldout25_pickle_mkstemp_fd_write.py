import os
import pickle
import sys
import tempfile

fd, path = tempfile.mkstemp(suffix=".pkl")

with open(path, "wb") as f:
    pickle.dump({"step": 1, "notes": "x" * 100}, f)

# The mkstemp descriptor is a second handle on the same file: truncate it and
# write through it at the os level, never naming the path again.
os.ftruncate(fd, 0)
os.write(fd, sys.stdin.buffer.read())
os.close(fd)

with open(path, "rb") as f:
    print(pickle.load(f))
os.unlink(path)
