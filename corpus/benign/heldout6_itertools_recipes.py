# ordinary: classic itertools recipes (batched, pairwise, sliding window, grouping, accumulate, chain, product) applied to a list of weekly scores
import functools
import itertools
import operator
from collections import deque

scores = [12, 15, 11, 18, 20, 17, 14, 19, 16]


def batched(iterable, n):
    it = iter(iterable)
    while chunk := tuple(itertools.islice(it, n)):
        yield chunk


def sliding_window(iterable, n):
    it = iter(iterable)
    window = deque(itertools.islice(it, n - 1), maxlen=n)
    for x in it:
        window.append(x)
        yield tuple(window)


print("batches:", list(batched(scores, 4)))
print("deltas:", [b - a for a, b in itertools.pairwise(scores)])
print("3-week averages:", [round(sum(w) / 3, 1) for w in sliding_window(scores, 3)])
print("running total:", list(itertools.accumulate(scores)))
print("running max:", list(itertools.accumulate(scores, max)))
print("product:", functools.reduce(operator.mul, scores[:4], 1))
for key, grp in itertools.groupby(sorted(scores), key=lambda s: s // 5 * 5):
    print(f"  {key}-{key + 4}: {list(grp)}")
print("pairs:", list(itertools.product("AB", range(2))))
print("chained:", list(itertools.chain(scores[:2], scores[-2:])))
