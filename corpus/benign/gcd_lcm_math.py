"""Number theory helpers from the math module and by hand."""
import math
from functools import reduce


def extended_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = extended_gcd(b, a % b)
    return g, y, x - (a // b) * y


def lcm_all(values):
    return reduce(math.lcm, values, 1)


print(math.gcd(84, 36), extended_gcd(84, 36))
print(lcm_all([4, 6, 10]))
print(math.comb(10, 3), math.perm(5, 2), math.isqrt(99))
print(pow(3, -1, 11))
