# ordinary: 0/1 knapsack DP with item reconstruction, plus brute-force TSP via itertools.permutations
import itertools
import math

items = [("tent", 5, 60), ("stove", 3, 50), ("food", 4, 70), ("camera", 2, 30), ("book", 1, 10)]
cap = 10
dp = [[0] * (cap + 1) for _ in range(len(items) + 1)]
for i, (_, w, v) in enumerate(items, 1):
    for c in range(cap + 1):
        dp[i][c] = dp[i - 1][c]
        if w <= c:
            dp[i][c] = max(dp[i][c], dp[i - 1][c - w] + v)
chosen, c = [], cap
for i in range(len(items), 0, -1):
    if dp[i][c] != dp[i - 1][c]:
        chosen.append(items[i - 1][0])
        c -= items[i - 1][1]
print("best value:", dp[-1][cap], "items:", sorted(chosen))

cities = {"A": (0, 0), "B": (3, 4), "C": (6, 0), "D": (3, -2), "E": (1, 5)}
names = list(cities)
start, rest = names[0], names[1:]


def tour_len(path):
    full = [start, *path, start]
    return sum(math.dist(cities[a], cities[b]) for a, b in zip(full, full[1:]))


best = min(itertools.permutations(rest), key=tour_len)
print("best tour:", start, *best, start, f"length={tour_len(best):.3f}")
