"""Lesson: a timing decorator that preserves metadata with functools.wraps."""
import functools
import time


def timed(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            print(f"{func.__name__} took {(time.perf_counter() - t0) * 1000:.2f} ms")
    return wrapper


@timed
def slow_sum(n):
    """Sum the first n integers the slow way."""
    return sum(range(n))


print(slow_sum(1_000_000), slow_sum.__name__, slow_sum.__doc__, slow_sum.__wrapped__)
