"""Connected components with a disjoint-set (union-find) structure."""


class DisjointSet:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.size = {x: 1 for x in items}

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

    def groups(self):
        out = {}
        for x in self.parent:
            out.setdefault(self.find(x), []).append(x)
        return sorted(out.values(), key=len, reverse=True)


people = ["ann", "bo", "cy", "di", "ed", "flo", "gus"]
friendships = [("ann", "bo"), ("cy", "di"), ("bo", "cy"), ("ed", "flo")]
ds = DisjointSet(people)
for a, b in friendships:
    ds.union(a, b)
print(ds.groups())
print("ann and di connected:", ds.find("ann") == ds.find("di"))
