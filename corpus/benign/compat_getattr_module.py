"""Use math.isqrt when available (3.8+), otherwise a fallback, via getattr on the module."""
import math


def _isqrt_fallback(n):
    x = int(math.sqrt(n))
    while x * x > n:
        x -= 1
    while (x + 1) * (x + 1) <= n:
        x += 1
    return x


isqrt = getattr(math, "isqrt", _isqrt_fallback)
print([isqrt(n) for n in (0, 1, 15, 16, 10 ** 20)])
