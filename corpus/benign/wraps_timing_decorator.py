"""A timing decorator that keeps the wrapped function's metadata via functools.wraps."""
import functools
import time


def timed(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            wrapper.last = time.perf_counter() - start

    wrapper.last = None
    return wrapper


@timed
def slow_sum(n):
    """Add the numbers below n one by one."""
    total = 0
    for i in range(n):
        total += i
    return total


print(slow_sum(10_000), slow_sum.__name__, slow_sum.__doc__)
print(slow_sum.last is not None, slow_sum.__wrapped__(10))
