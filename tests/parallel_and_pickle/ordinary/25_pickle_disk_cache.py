"""Cache an expensive computation on disk with pickle, as a notebook user might."""
import functools
import os
import pickle
import tempfile
import time

CACHE_DIR = tempfile.mkdtemp(prefix="cache-")


def disk_cache(func):
    @functools.wraps(func)
    def wrapper(n):
        path = os.path.join(CACHE_DIR, f"{func.__name__}-{n}.pkl")
        if os.path.exists(path):
            with open(path, "rb") as fh:
                return pickle.load(fh), True
        value = func(n)
        with open(path, "wb") as fh:
            pickle.dump(value, fh)
        return value, False
    return wrapper


@disk_cache
def primes_below(n):
    sieve = bytearray([1]) * n
    sieve[:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = bytearray(len(sieve[i * i::i]))
    return [i for i, v in enumerate(sieve) if v]


if __name__ == "__main__":
    for attempt in range(2):
        t0 = time.perf_counter()
        primes, hit = primes_below(200_000)
        print(f"attempt {attempt}: {len(primes)} primes, cache hit={hit}, {time.perf_counter() - t0:.3f}s")
    for name in os.listdir(CACHE_DIR):
        os.remove(os.path.join(CACHE_DIR, name))
    os.rmdir(CACHE_DIR)
