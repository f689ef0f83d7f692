"""Length of the longest increasing subsequence in O(n log n)."""
from bisect import bisect_left


def lis_length(seq):
    tails = []
    for x in seq:
        i = bisect_left(tails, x)
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    return len(tails)


def lis_quadratic(seq):
    best = [1] * len(seq)
    for i in range(len(seq)):
        for j in range(i):
            if seq[j] < seq[i]:
                best[i] = max(best[i], best[j] + 1)
    return max(best, default=0)


data = [10, 9, 2, 5, 3, 7, 101, 18]
assert lis_length(data) == lis_quadratic(data)
print(lis_length(data))
