import sys


class DSU:
    def __init__(self, n):
        self.parent = list(range(n))
        self.rank = [0] * n
        self.components = n

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:  # path compression
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        self.components -= 1
        return True


def main():
    input = sys.stdin.readline
    n, m = map(int, input().split())
    edges = []
    for _ in range(m):
        a, b, c = input().split()
        edges.append((int(c), a, b))
    names = sorted({e[1] for e in edges} | {e[2] for e in edges})
    index = {name: i for i, name in enumerate(names)}
    assert len(names) == n
    edges.sort()
    dsu = DSU(n)
    total = 0
    used = []
    for cost, a, b in edges:
        if dsu.union(index[a], index[b]):
            total += cost
            used.append(f"{a}-{b}({cost})")
    if dsu.components != 1:
        print("IMPOSSIBLE")
    else:
        print(total)
        print(", ".join(used))


main()
