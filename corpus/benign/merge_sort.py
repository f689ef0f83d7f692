"""Top-down merge sort returning a new list."""


def merge(left, right):
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i])
            i += 1
        else:
            out.append(right[j])
            j += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def merge_sort(items):
    if len(items) <= 1:
        return list(items)
    mid = len(items) // 2
    return merge(merge_sort(items[:mid]), merge_sort(items[mid:]))


if __name__ == "__main__":
    sample = [38, 27, 43, 3, 9, 82, 10]
    print(merge_sort(sample))
    assert merge_sort(sample) == sorted(sample)
