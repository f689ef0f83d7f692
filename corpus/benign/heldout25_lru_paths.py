import sys
from functools import lru_cache


def main():
    rows = [line.split() for line in sys.stdin.read().strip().splitlines()]
    h, w = int(rows[0][0]), int(rows[0][1])
    grid = ["".join(r) for r in rows[1:1 + h]]
    MOD = 1_000_000_007

    @lru_cache(maxsize=None)
    def paths(r, c):
        # number of monotone (right/down) paths avoiding 'x' cells
        if r >= h or c >= w or grid[r][c] == "x":
            return 0
        if (r, c) == (h - 1, w - 1):
            return 1
        return (paths(r + 1, c) + paths(r, c + 1)) % MOD

    @lru_cache(maxsize=None)
    def best(r, c):
        # maximum sum of digits collected on a monotone path
        if r >= h or c >= w or grid[r][c] == "x":
            return -1
        val = int(grid[r][c]) if grid[r][c].isdigit() else 0
        if (r, c) == (h - 1, w - 1):
            return val
        nxt = max(best(r + 1, c), best(r, c + 1))
        return -1 if nxt < 0 else nxt + val

    sys.setrecursionlimit(10000)
    print("paths:", paths(0, 0))
    print("best sum:", best(0, 0))
    print("cache:", paths.cache_info().currsize, best.cache_info().currsize)


if __name__ == "__main__":
    main()
