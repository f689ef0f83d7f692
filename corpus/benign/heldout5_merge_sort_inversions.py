# ordinary: merge sort that counts inversions, checked against a brute-force count
import random


def sort_count(seq):
    if len(seq) <= 1:
        return list(seq), 0
    mid = len(seq) // 2
    left, a = sort_count(seq[:mid])
    right, b = sort_count(seq[mid:])
    merged, inv, i, j = [], a + b, 0, 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            inv += len(left) - i
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged, inv


rng = random.Random(42)
data = [rng.randint(0, 99) for _ in range(200)]
result, inversions = sort_count(data)
brute = sum(1 for i in range(len(data)) for j in range(i + 1, len(data)) if data[i] > data[j])
assert result == sorted(data)
assert inversions == brute
print("sorted head:", result[:10])
print("inversions:", inversions)
