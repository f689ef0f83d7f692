"""A handful of itertools recipes."""
import itertools
import operator


def pairwise_sums(values):
    return [a + b for a, b in itertools.pairwise(values)]


def batched(iterable, n):
    it = iter(iterable)
    while chunk := list(itertools.islice(it, n)):
        yield chunk


print(list(itertools.accumulate([1, 2, 3, 4], operator.mul)))
print(pairwise_sums([1, 2, 3, 4]))
print(list(batched("abcdefg", 3)))
print(list(itertools.chain.from_iterable([[1, 2], [3], []])))
print(list(itertools.product("ab", repeat=2)))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
