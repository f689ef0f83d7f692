"""A parameterised retry decorator with exponential backoff (no real sleeping)."""
import functools


def retry(times=3, exceptions=(Exception,), delays=None):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as err:
                    if delays is not None:
                        delays.append(2 ** attempt * 0.01)
                    if attempt == times:
                        raise
                    print(f"attempt {attempt} failed: {err}")
        return wrapper
    return decorate


waits = []
state = {"calls": 0}


@retry(times=4, exceptions=(ConnectionError,), delays=waits)
def flaky():
    state["calls"] += 1
    if state["calls"] < 3:
        raise ConnectionError("try again")
    return "connected"


print(flaky(), waits)
