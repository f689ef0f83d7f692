# Longest strictly increasing subsequence, O(n log n), with reconstruction.
import sys
from bisect import bisect_left


def lis(seq):
    tails = []        # tails[k] = smallest tail value of an increasing run of length k+1
    tails_idx = []    # index into seq of that tail
    parent = [-1] * len(seq)
    for i, x in enumerate(seq):
        k = bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
            tails_idx.append(i)
        else:
            tails[k] = x
            tails_idx[k] = i
        parent[i] = tails_idx[k - 1] if k > 0 else -1
    # walk back
    res = []
    cur = tails_idx[-1] if tails_idx else -1
    while cur != -1:
        res.append(seq[cur])
        cur = parent[cur]
    return res[::-1]


def main():
    input = sys.stdin.readline
    t = int(input())
    for case in range(1, t + 1):
        n = int(input())
        arr = list(map(int, input().split()))
        assert len(arr) == n
        best = lis(arr)
        print(f"Case #{case}: {len(best)}")
        print(" ".join(map(str, best)))


main()
