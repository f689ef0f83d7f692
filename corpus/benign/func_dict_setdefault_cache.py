"""Per-function caches stored in the function's own __dict__."""
import functools


def cached(func):
    @functools.wraps(func)
    def wrapper(*args):
        cache = wrapper.__dict__.setdefault("cache", {})
        if args not in cache:
            cache[args] = func(*args)
        return cache[args]
    return wrapper


@cached
def binomial(n, k):
    if k in (0, n):
        return 1
    return binomial(n - 1, k - 1) + binomial(n - 1, k)


@cached
def partitions(n, m=None):
    m = n if m is None else m
    if n == 0:
        return 1
    return sum(partitions(n - i, i) for i in range(1, min(n, m) + 1))


print([binomial(10, k) for k in range(11)])
print(partitions(30))
print("binomial cache size:", len(binomial.cache))
binomial.__dict__.setdefault("calls", 0)
print(sorted(binomial.__dict__))
