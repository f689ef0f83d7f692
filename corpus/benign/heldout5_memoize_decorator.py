# ordinary: hand-written memoising and call-counting decorators using functools.wraps
import functools


def counted(fn):
    @functools.wraps(fn)
    def inner(*a, **k):
        inner.calls += 1
        return fn(*a, **k)
    inner.calls = 0
    return inner


def memo(fn):
    cache = {}

    @functools.wraps(fn)
    def inner(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    inner.cache = cache
    return inner


@memo
@counted
def ways(n, coins=(1, 2, 5)):
    """Number of ways to pay n with the given coins, order ignored."""
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])


print("ways(100):", ways(100))
print("name/doc kept:", ways.__name__, "-", ways.__doc__)
print("cache size:", len(ways.cache), "underlying calls:", ways.__wrapped__.calls)
print("lru_cache fib(80):", (fib := functools.lru_cache(maxsize=None)(lambda n: n if n < 2 else fib(n - 1) + fib(n - 2)))(80))
