"""A tour of itertools for everyday tasks."""
import itertools as it
import operator

print(list(it.accumulate([3, 1, 4, 1, 5, 9], operator.mul)))
print(list(it.islice(it.cycle("RGB"), 7)))
print(["".join(p) for p in it.permutations("abc", 2)])
print(list(it.combinations(range(5), 3))[:4])
print(list(it.product("xy", repeat=2)))
print(list(it.chain.from_iterable([[1, 2], [3], [], [4, 5]])))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(it.takewhile(lambda x: x < 5, [1, 4, 6, 2])))
print(list(it.dropwhile(lambda x: x < 5, [1, 4, 6, 2])))
print(list(it.zip_longest("ab", "wxyz", fillvalue="-")))


def pairwise(iterable):
    a, b = it.tee(iterable)
    next(b, None)
    return zip(a, b)


def batched(iterable, n):
    source = iter(iterable)
    while batch := tuple(it.islice(source, n)):
        yield batch


print(list(pairwise([1, 2, 4, 7])))
print(list(batched(range(10), 4)))
counter = it.count(start=100, step=5)
print([next(counter) for _ in range(3)])
