"""Iterative segment tree for range-sum queries with point updates."""


class SegmentTree:
    def __init__(self, values):
        self.n = len(values)
        self.tree = [0] * self.n + list(values)
        for i in range(self.n - 1, 0, -1):
            self.tree[i] = self.tree[2 * i] + self.tree[2 * i + 1]

    def update(self, index, value):
        i = index + self.n
        self.tree[i] = value
        while i > 1:
            i //= 2
            self.tree[i] = self.tree[2 * i] + self.tree[2 * i + 1]

    def query(self, left, right):
        """Sum of values[left:right]."""
        total, lo, hi = 0, left + self.n, right + self.n
        while lo < hi:
            if lo & 1:
                total += self.tree[lo]
                lo += 1
            if hi & 1:
                hi -= 1
                total += self.tree[hi]
            lo //= 2
            hi //= 2
        return total


st = SegmentTree([5, 3, 7, 9, 6, 4, 1, 2])
print(st.query(0, 4), st.query(2, 7))
st.update(3, 0)
print(st.query(0, 4))
