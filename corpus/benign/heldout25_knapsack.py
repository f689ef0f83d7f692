import sys


def solve():
    data = sys.stdin.read().split()
    pos = 0
    n, cap = int(data[pos]), int(data[pos + 1])
    pos += 2
    items = []
    for _ in range(n):
        w, v = int(data[pos]), int(data[pos + 1])
        pos += 2
        items.append((w, v))

    # classic 0/1 knapsack with a 2D table so we can recover the chosen items
    dp = [[0] * (cap + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        w, v = items[i - 1]
        prev = dp[i - 1]
        row = dp[i]
        for c in range(cap + 1):
            row[c] = prev[c]
            if c >= w and prev[c - w] + v > row[c]:
                row[c] = prev[c - w] + v

    chosen = []
    c = cap
    for i in range(n, 0, -1):
        if dp[i][c] != dp[i - 1][c]:
            chosen.append(i)
            c -= items[i - 1][0]
    chosen.reverse()

    print(dp[n][cap])
    print(len(chosen))
    print(*chosen)
    print("weight used:", sum(items[i - 1][0] for i in chosen))


if __name__ == "__main__":
    solve()
