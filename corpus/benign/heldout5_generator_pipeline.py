# ordinary: lazy generator pipeline (collatz lengths, filtering, chunking) with itertools
import itertools


def collatz_len(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def numbered(start=1):
    n = start
    while True:
        yield n
        n += 1


def chunks(it, size):
    it = iter(it)
    while batch := list(itertools.islice(it, size)):
        yield batch


lengths = ((n, collatz_len(n)) for n in numbered())
long_ones = (pair for pair in lengths if pair[1] > 100)
first = list(itertools.islice(long_ones, 12))
for group in chunks(first, 4):
    print(group)
best = max(((n, collatz_len(n)) for n in range(1, 10_000)), key=lambda p: p[1])
print("longest chain under 10000:", best)
print("running totals:", list(itertools.accumulate(range(1, 11))))
