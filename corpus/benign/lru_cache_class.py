"""An LRU cache built on OrderedDict, compared with functools.lru_cache."""
from collections import OrderedDict
from functools import lru_cache


class LRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)


cache = LRU(3)
for k in "abcabdaeb":
    if cache.get(k) is None:
        cache.put(k, k.upper())
print("keys:", list(cache.data), "hits:", cache.hits, "misses:", cache.misses)


@lru_cache(maxsize=None)
def ways(n):
    return 1 if n < 2 else ways(n - 1) + ways(n - 2)


print(ways(80), ways.cache_info())
