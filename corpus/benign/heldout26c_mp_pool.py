"""Data-science style parallel map: estimate pi with a process pool,
passing options to the worker with functools.partial and **kwargs."""
import functools
import multiprocessing
import random


def estimate(n, *, seed=0, scale=1.0):
    rng = random.Random(seed + n)
    inside = sum(1 for _ in range(n) if rng.random() ** 2 + rng.random() ** 2 <= 1.0)
    return scale * 4.0 * inside / n


def run(chunks, **options):
    worker = functools.partial(estimate, **options)
    with multiprocessing.Pool(processes=2) as pool:
        return pool.map(worker, chunks)


if __name__ == "__main__":
    results = run([20000, 20001, 20002, 20003], seed=42)
    print("estimates:", [round(r, 3) for r in results])
    print("mean:", round(sum(results) / len(results), 3))
