"""Binary search over a sorted list, iterative and with bisect."""
import bisect


def find(items, target):
    lo, hi = 0, len(items) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if items[mid] == target:
            return mid
        if items[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1


def find_with_bisect(items, target):
    i = bisect.bisect_left(items, target)
    return i if i < len(items) and items[i] == target else -1


if __name__ == "__main__":
    data = [1, 3, 5, 7, 9, 11, 13]
    for t in (1, 7, 8, 13):
        assert find(data, t) == find_with_bisect(data, t)
        print(t, find(data, t))
