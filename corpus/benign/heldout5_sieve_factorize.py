# ordinary: number theory - sieve of Eratosthenes, factorisation, gcd/lcm and modular inverse
import math


def sieve(n):
    is_p = bytearray([1]) * (n + 1)
    is_p[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = bytearray(len(range(i * i, n + 1, i)))
    return [i for i, v in enumerate(is_p) if v]


def factorize(n, primes):
    f = {}
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            f[p] = f.get(p, 0) + 1
            n //= p
    if n > 1:
        f[n] = f.get(n, 0) + 1
    return f


primes = sieve(10_000)
print("primes below 10000:", len(primes), "largest:", primes[-1])
for n in (360, 9973, 123456, 999_999):
    parts = " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in factorize(n, primes).items())
    print(f"{n} = {parts}")
print("gcd(84, 126) =", math.gcd(84, 126), " lcm =", math.lcm(84, 126))
print("inverse of 17 mod 3120 =", pow(17, -1, 3120))
