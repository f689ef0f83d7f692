"""Memoised recursion with functools.lru_cache and cache_info()."""
from functools import cache, lru_cache


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@cache
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)


print(fib(90))
print(fib.cache_info())
print(grid_paths(10, 10))
fib.cache_clear()
print(fib.cache_info().currsize)
