"""Memoise with an attribute on the function object itself."""


def fib(n):
    cache = fib.__dict__.setdefault("cache", {0: 0, 1: 1})
    if n not in cache:
        cache[n] = fib(n - 1) + fib(n - 2)
    return cache[n]


print(fib(80), len(fib.cache))
