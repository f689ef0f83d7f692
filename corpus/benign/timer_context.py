"""A context manager that times a block of code."""
import time
from contextlib import contextmanager


@contextmanager
def timer(label):
    start = time.perf_counter()
    try:
        yield
    finally:
        print(f"{label}: {time.perf_counter() - start:.4f}s")


with timer("sorting"):
    sorted(range(200_000), key=lambda x: -x)
