"""Map scores to grades with bisect, and a hand-written binary search."""
import bisect

BREAKPOINTS = [60, 70, 80, 90]
GRADES = "FDCBA"


def grade(score):
    return GRADES[bisect.bisect(BREAKPOINTS, score)]


def binary_search(seq, target):
    lo, hi = 0, len(seq) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if seq[mid] == target:
            return mid, steps
        if seq[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps


print([grade(s) for s in (33, 60, 77, 89, 90, 100)])
data = list(range(0, 1000, 3))
for t in (0, 300, 999, 501):
    print(t, binary_search(data, t))
ordered = []
for x in (5, 1, 4, 2, 3):
    bisect.insort(ordered, x)
print(ordered)
