"""A retry decorator with exponential backoff (sleep is injectable for tests)."""
import functools
import random


def retry(times=3, exceptions=(Exception,), base_delay=0.1, sleep=lambda s: None):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as err:
                    if attempt == times:
                        raise
                    delay = base_delay * 2 ** (attempt - 1)
                    print(f"  attempt {attempt} failed ({err}); waiting {delay:.2f}s")
                    sleep(delay)
        return wrapper
    return decorate


random.seed(3)


@retry(times=5, exceptions=(ConnectionError,))
def flaky():
    if random.random() < 0.6:
        raise ConnectionError("temporary glitch")
    return "ok"


@retry(times=2, exceptions=(ValueError,))
def always_bad():
    raise ValueError("nope")


print("flaky ->", flaky())
try:
    always_bad()
except ValueError as e:
    print("gave up:", e)
