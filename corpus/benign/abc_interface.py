"""Abstract base classes define the storage interface; incomplete subclasses fail early."""
from abc import ABC, abstractmethod


class Storage(ABC):
    @abstractmethod
    def get(self, key): ...

    @abstractmethod
    def put(self, key, value): ...


class MemoryStorage(Storage):
    def __init__(self):
        self._d = {}

    def get(self, key):
        return self._d.get(key)

    def put(self, key, value):
        self._d[key] = value


class Broken(Storage):
    def get(self, key):
        return None


s = MemoryStorage()
s.put("a", 1)
print(s.get("a"))
try:
    Broken()
except TypeError as exc:
    print("as expected:", exc)
