"""A timing context manager with __enter__/__exit__ (the exit parameters
are named exactly as in the Python documentation)."""
import time


class Timer:
    def __init__(self, label):
        self.label = label
        self.elapsed = None

    def __enter__(self):
        self._start = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.elapsed = time.perf_counter() - self._start
        status = "failed" if exc_type else "ok"
        print(f"{self.label}: {status} in {self.elapsed:.6f}s")
        return exc_type is KeyError


with Timer("sum") as t:
    total = sum(range(100_000))
with Timer("lookup"):
    {}["missing"]
print(total, t.elapsed is not None)
