"""Estimate pi by random sampling and watch the error shrink."""
import math
import random
import statistics


def estimate(samples, rng):
    inside = sum(1 for _ in range(samples) if rng.random() ** 2 + rng.random() ** 2 <= 1)
    return 4 * inside / samples


def estimate_batches(batches, batch_size, rng):
    """Average several independent estimates."""
    return statistics.mean(estimate(batch_size, rng) for _ in range(batches))


rng = random.Random(2024)
for n in (100, 1_000, 10_000, 100_000):
    est = estimate(n, rng)
    print(f"{n:>7} samples: {est:.5f} (error {abs(est - math.pi):.5f})")

runs = [estimate(2_000, rng) for _ in range(30)]
print(f"30 runs of 2000: mean {statistics.mean(runs):.4f}, sd {statistics.stdev(runs):.4f}")
print(f"batched estimate: {estimate_batches(10, 1_000, rng):.4f}")
