"""Decorators: functions that wrap functions."""
import functools
import time


def timed(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = func(*args, **kwargs)
        elapsed = time.perf_counter() - start
        print(f"{func.__name__} took {elapsed * 1000:.2f} ms")
        return result
    return wrapper


def repeat(times):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return decorate


@timed
def slow_sum(n):
    return sum(range(n))


@repeat(3)
def greet(name):
    return f"hello {name}"


print(slow_sum(100_000))
print(greet("ada"))
print("wrapped name:", slow_sum.__name__, "doc:", slow_sum.__doc__)
print("original function:", slow_sum.__wrapped__)
