# ordinary: class-based and contextlib context managers for timing, suppressing errors and temp files
import contextlib
import os
import tempfile
import time


class Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, exc_type, exc, tb):
        self.elapsed = time.perf_counter() - self.start
        return False


@contextlib.contextmanager
def working_file(text):
    fd, path = tempfile.mkstemp(suffix=".txt")
    try:
        with os.fdopen(fd, "w") as fh:
            fh.write(text)
        yield path
    finally:
        os.remove(path)


with Timer() as t:
    total = sum(i * i for i in range(100_000))
print("sum of squares:", total, "timed:", t.elapsed >= 0)

with working_file("alpha\nbeta\ngamma\n") as p:
    with open(p) as fh:
        print("lines:", [ln.strip() for ln in fh])
print("temp file removed:", not os.path.exists(p))

with contextlib.suppress(ZeroDivisionError):
    print("this line runs")
    1 / 0
print("after suppress")
