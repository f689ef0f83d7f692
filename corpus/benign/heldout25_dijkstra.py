"""Single-source shortest paths (Dijkstra) on a weighted directed graph.

Input:
    n m s
    m lines: u v w      (1-indexed vertices)
Output: distance to every vertex, or -1 if unreachable.
"""
import heapq
import sys


def dijkstra(n, adj, src):
    INF = float("inf")
    dist = [INF] * (n + 1)
    dist[src] = 0
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            nd = d + w
            if nd < dist[v]:
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dist


def main():
    data = sys.stdin.buffer.read().split()
    it = iter(data)
    n, m, s = int(next(it)), int(next(it)), int(next(it))
    adj = [[] for _ in range(n + 1)]
    for _ in range(m):
        u, v, w = int(next(it)), int(next(it)), int(next(it))
        adj[u].append((v, w))
    dist = dijkstra(n, adj, s)
    out = []
    for v in range(1, n + 1):
        out.append(str(dist[v]) if dist[v] != float("inf") else "-1")
    sys.stdout.write(" ".join(out) + "\n")


if __name__ == "__main__":
    main()
