"""The ProcessPoolExecutor example from the docs, with smaller numbers: which numbers are prime."""
import concurrent.futures
import math

NUMBERS = [15485863, 2147483647, 1000000007, 600851475143, 999999000001, 1000000000000]


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    limit = int(math.isqrt(n))
    for i in range(3, limit + 1, 2):
        if n % i == 0:
            return False
    return True


if __name__ == "__main__":
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as executor:
        for number, prime in zip(NUMBERS, executor.map(is_prime, NUMBERS)):
            print(f"{number} is prime: {prime}")
