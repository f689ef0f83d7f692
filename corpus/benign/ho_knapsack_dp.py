"""0/1 knapsack with dynamic programming and item reconstruction."""

ITEMS = [
    ("tent", 5, 60),
    ("stove", 3, 40),
    ("camera", 1, 30),
    ("books", 4, 10),
    ("food", 2, 50),
    ("water", 3, 70),
]


def knapsack(items, capacity):
    n = len(items)
    best = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i, (_, weight, value) in enumerate(items, start=1):
        for cap in range(capacity + 1):
            best[i][cap] = best[i - 1][cap]
            if weight <= cap:
                best[i][cap] = max(best[i][cap], best[i - 1][cap - weight] + value)
    chosen, cap = [], capacity
    for i in range(n, 0, -1):
        if best[i][cap] != best[i - 1][cap]:
            chosen.append(items[i - 1][0])
            cap -= items[i - 1][1]
    return best[n][capacity], chosen[::-1]


for capacity in (5, 8, 12):
    value, picked = knapsack(ITEMS, capacity)
    print(f"capacity {capacity:>2}: value {value:>3} with {picked}")
