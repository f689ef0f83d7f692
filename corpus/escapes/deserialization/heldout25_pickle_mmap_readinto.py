import mmap
import os
import pickle
from pathlib import Path

SEED = Path(__file__).with_name("fixture.bin")

with open("index.pkl", "wb") as f:
    pickle.dump({"entries": list(range(100))}, f)

fd = os.open("index.pkl", os.O_RDWR)
with mmap.mmap(fd, 0) as m, open(SEED, "rb") as src:
    src.readinto(m)  # bytes land in the file through the mapping
os.close(fd)

with open("index.pkl", "rb") as f:
    print(pickle.load(f))
