"""Point update / range sum and range min with an iterative segment tree."""
import sys


class SegTree:
    def __init__(self, values, op, identity):
        n = 1
        while n < len(values):
            n *= 2
        self.n = n
        self.op = op
        self.identity = identity
        self.t = [identity] * (2 * n)
        self.t[n:n + len(values)] = values
        for i in range(n - 1, 0, -1):
            self.t[i] = op(self.t[2 * i], self.t[2 * i + 1])

    def update(self, i, value):
        i += self.n
        self.t[i] = value
        i //= 2
        while i:
            self.t[i] = self.op(self.t[2 * i], self.t[2 * i + 1])
            i //= 2

    def query(self, lo, hi):  # inclusive lo, exclusive hi
        res_l = res_r = self.identity
        lo += self.n
        hi += self.n
        while lo < hi:
            if lo & 1:
                res_l = self.op(res_l, self.t[lo])
                lo += 1
            if hi & 1:
                hi -= 1
                res_r = self.op(self.t[hi], res_r)
            lo //= 2
            hi //= 2
        return self.op(res_l, res_r)


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    arr = [int(x) for x in data[2:2 + n]]
    sums = SegTree(arr, lambda a, b: a + b, 0)
    mins = SegTree(arr, min, float("inf"))
    pos = 2 + n
    out = []
    for _ in range(q):
        kind = data[pos]
        a, b = int(data[pos + 1]), int(data[pos + 2])
        pos += 3
        if kind == b"U":
            sums.update(a - 1, b)
            mins.update(a - 1, b)
        else:
            out.append(f"{sums.query(a - 1, b)} {mins.query(a - 1, b)}")
    sys.stdout.write("\n".join(out) + "\n")


main()
