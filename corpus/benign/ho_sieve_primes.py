"""Prime numbers: sieve, factorisation and a primality check."""
import math


def sieve(limit):
    is_prime = bytearray([1]) * (limit + 1)
    is_prime[0:2] = b"\x00\x00"
    for n in range(2, math.isqrt(limit) + 1):
        if is_prime[n]:
            is_prime[n * n::n] = bytearray(len(range(n * n, limit + 1, n)))
    return [i for i, flag in enumerate(is_prime) if flag]


def factorize(n):
    factors = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors.append(d)
            n //= d
        d += 1
    if n > 1:
        factors.append(n)
    return factors


def is_prime(n):
    return n > 1 and all(n % p for p in range(2, math.isqrt(n) + 1))


primes = sieve(100)
print(primes)
print("count below 10^5:", len(sieve(100_000)))
for n in (360, 97, 1001, 2 ** 16 + 1):
    print(n, factorize(n), is_prime(n))
