"""Sieve of Eratosthenes and a few prime helpers."""
import math


def sieve(limit):
    is_prime = bytearray([1]) * (limit + 1)
    is_prime[0:2] = b"\x00\x00"
    for n in range(2, math.isqrt(limit) + 1):
        if is_prime[n]:
            is_prime[n * n :: n] = bytearray(len(range(n * n, limit + 1, n)))
    return [i for i, flag in enumerate(is_prime) if flag]


def prime_factors(n):
    factors, d = [], 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors


print(sieve(60))
print(prime_factors(360), prime_factors(97))
