# ordinary: Dijkstra shortest path on a weighted grid using heapq
import heapq

GRID = [
    "13119",
    "21891",
    "31125",
    "95111",
    "14321",
]


def shortest(grid):
    rows, cols = len(grid), len(grid[0])
    cost = [[int(ch) for ch in row] for row in grid]
    dist = {(0, 0): 0}
    pq = [(0, 0, 0)]
    while pq:
        d, r, c = heapq.heappop(pq)
        if (r, c) == (rows - 1, cols - 1):
            return d
        if d > dist.get((r, c), float("inf")):
            continue
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols:
                nd = d + cost[nr][nc]
                if nd < dist.get((nr, nc), float("inf")):
                    dist[(nr, nc)] = nd
                    heapq.heappush(pq, (nd, nr, nc))
    return -1


if __name__ == "__main__":
    print("minimum path cost:", shortest(GRID))
