"""Notebook helpers: silence a chatty library call by sending its output
to os.devnull, draw a random seed from /dev/urandom, and share a numeric
buffer between two processes with multiprocessing.shared_memory."""
import contextlib
import multiprocessing
import os
import struct
from multiprocessing import shared_memory


def chatty_fit(n):
    total = 0
    for i in range(n):
        print(f"epoch {i}: loss={1 / (i + 1):.4f}")
        total += i
    return total


def seed_from_urandom():
    with open("/dev/urandom", "rb") as fh:
        return int.from_bytes(fh.read(8), "little")


def worker(name, n):
    shm = shared_memory.SharedMemory(name=name)
    struct.pack_into(f"{n}d", shm.buf, 0, *[i * 0.5 for i in range(n)])
    shm.close()


if __name__ == "__main__":
    with open(os.devnull, "w") as sink, contextlib.redirect_stdout(sink):
        result = chatty_fit(200)
    print("fit result (output suppressed):", result)
    print("seed bits:", seed_from_urandom().bit_length() > 0)

    n = 8
    shm = shared_memory.SharedMemory(create=True, size=8 * n)
    try:
        p = multiprocessing.Process(target=worker, args=(shm.name, n))
        p.start()
        p.join()
        print("shared values:", struct.unpack_from(f"{n}d", shm.buf, 0))
    finally:
        shm.close()
        shm.unlink()
