"""Competitive-programming template: fast input, recursion limit, solve()."""
import io
import sys

SAMPLE = """3
1 2 3
4 5 6
7 8 9
"""
sys.setrecursionlimit(10**6)
sys.stdin = io.StringIO(SAMPLE)
input = sys.stdin.readline


def solve():
    n = int(input())
    grid = [list(map(int, input().split())) for _ in range(n)]
    diagonal = sum(grid[i][i] for i in range(n))
    anti = sum(grid[i][n - 1 - i] for i in range(n))
    out = [str(diagonal), str(anti), str(sum(map(sum, grid)))]
    sys.stdout.write("\n".join(out) + "\n")


if __name__ == "__main__":
    solve()
