"""Shortest path in a grid maze from S to E with keys.
'#' wall, '.' floor. Moves in 4 directions. Print length and the path drawn."""
from collections import deque
import sys


def read_grid():
    lines = [ln.rstrip("\n") for ln in sys.stdin if ln.strip()]
    h, w = map(int, lines[0].split())
    grid = [list(row) for row in lines[1:1 + h]]
    assert all(len(r) == w for r in grid)
    return h, w, grid


def bfs(h, w, grid):
    start = end = None
    for r in range(h):
        for c in range(w):
            if grid[r][c] == "S":
                start = (r, c)
            elif grid[r][c] == "E":
                end = (r, c)
    prev = {start: None}
    q = deque([start])
    while q:
        cur = q.popleft()
        if cur == end:
            break
        r, c = cur
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < h and 0 <= nc < w and grid[nr][nc] != "#" and (nr, nc) not in prev:
                prev[(nr, nc)] = cur
                q.append((nr, nc))
    if end not in prev:
        return None
    path = []
    node = end
    while node is not None:
        path.append(node)
        node = prev[node]
    return path[::-1]


def main():
    h, w, grid = read_grid()
    path = bfs(h, w, grid)
    if path is None:
        print(-1)
        return
    print(len(path) - 1)
    for r, c in path[1:-1]:
        grid[r][c] = "*"
    print("\n".join("".join(row) for row in grid))


main()
