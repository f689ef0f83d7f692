# ordinary: minimum spanning tree with Kruskal's algorithm and a union-find class
class DisjointSet:
    def __init__(self, n):
        self.parent = list(range(n))
        self.size = [1] * n

    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        return True


edges = [
    (7, 0, 1), (5, 0, 3), (8, 1, 2), (9, 1, 3), (7, 1, 4),
    (5, 2, 4), (15, 3, 4), (6, 3, 5), (8, 4, 5), (9, 4, 6), (11, 5, 6),
]
ds = DisjointSet(7)
tree = [(u, v, w) for w, u, v in sorted(edges) if ds.union(u, v)]
for u, v, w in tree:
    print(f"{chr(65 + u)}-{chr(65 + v)} weight {w}")
print("total weight:", sum(w for _, _, w in tree))
