"""apply_async with a callback collecting results as they finish."""
import time
from multiprocessing import Pool


def slow_fib(n):
    time.sleep(0.05)
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return n, a


if __name__ == "__main__":
    results = {}

    def collect(item):
        n, value = item
        results[n] = value

    with Pool(2) as pool:
        handles = [pool.apply_async(slow_fib, (n,), callback=collect) for n in range(10, 30, 4)]
        for h in handles:
            h.wait(timeout=5)
        pool.close()
        pool.join()

    for n in sorted(results):
        print(f"fib({n}) = {results[n]}")
    print("all ready:", all(h.ready() for h in handles))
