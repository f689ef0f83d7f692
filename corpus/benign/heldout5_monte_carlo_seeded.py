# ordinary: seeded Monte Carlo estimates - pi, random walk distance, birthday paradox
import math
import random

rng = random.Random(12345)
N = 50_000
inside = sum(1 for _ in range(N) if rng.random() ** 2 + rng.random() ** 2 <= 1.0)
print(f"pi estimate: {4 * inside / N:.4f} (error {abs(4 * inside / N - math.pi):.4f})")

dists = []
for _ in range(500):
    x = y = 0
    for _ in range(100):
        dx, dy = rng.choice(((1, 0), (-1, 0), (0, 1), (0, -1)))
        x, y = x + dx, y + dy
    dists.append(math.hypot(x, y))
print(f"mean walk distance after 100 steps: {sum(dists) / len(dists):.2f} (sqrt(100)={math.sqrt(100):.0f})")

trials, hits = 2000, 0
for _ in range(trials):
    days = [rng.randrange(365) for _ in range(23)]
    hits += len(set(days)) < 23
print(f"P(shared birthday among 23) ~ {hits / trials:.3f}")
