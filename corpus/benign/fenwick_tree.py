"""Binary indexed tree counting inversions."""


class Fenwick:
    def __init__(self, size):
        self.tree = [0] * (size + 1)

    def add(self, i, delta=1):
        i += 1
        while i < len(self.tree):
            self.tree[i] += delta
            i += i & -i

    def prefix(self, i):
        total = 0
        while i > 0:
            total += self.tree[i]
            i -= i & -i
        return total


def inversions(values):
    ranks = {v: r for r, v in enumerate(sorted(set(values)))}
    fw, count = Fenwick(len(ranks)), 0
    for seen, v in enumerate(values):
        count += seen - fw.prefix(ranks[v] + 1)
        fw.add(ranks[v])
    return count


print(inversions([3, 1, 2, 5, 4]), inversions([5, 4, 3, 2, 1]))
