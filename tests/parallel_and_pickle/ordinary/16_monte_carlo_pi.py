"""Estimate pi with a Monte Carlo simulation split over worker processes."""
import random
from multiprocessing import Pool, cpu_count


def hits(args):
    seed, n = args
    rng = random.Random(seed)
    inside = 0
    for _ in range(n):
        x, y = rng.random(), rng.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return inside


if __name__ == "__main__":
    workers = min(2, cpu_count() or 1)
    per_task, tasks = 20_000, 8
    with Pool(workers) as pool:
        total_inside = sum(pool.imap_unordered(hits, [(s, per_task) for s in range(tasks)]))
    estimate = 4 * total_inside / (per_task * tasks)
    print(f"pi is about {estimate:.4f} using {workers} workers")
