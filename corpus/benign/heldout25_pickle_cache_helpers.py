import os
import pickle

CACHE = "results.cache.pkl"


def save(data):
    with open(CACHE, "wb") as f:
        pickle.dump(data, f)


def load():
    with open(CACHE, "rb") as f:
        return pickle.load(f)


results = {n: sum(range(n)) for n in range(5)}
save(results)
assert load() == results
os.remove(CACHE)
print("cache ok")
