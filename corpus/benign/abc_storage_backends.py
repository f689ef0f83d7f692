"""Abstract base class with two in-memory/temp-file implementations."""
import abc
import json
import os
import tempfile


class Store(abc.ABC):
    @abc.abstractmethod
    def get(self, key): ...

    @abc.abstractmethod
    def put(self, key, value): ...

    def get_or(self, key, default):
        try:
            return self.get(key)
        except KeyError:
            return default


class MemoryStore(Store):
    def __init__(self):
        self._data = {}

    def get(self, key):
        return self._data[key]

    def put(self, key, value):
        self._data[key] = value


class FileStore(Store):
    def __init__(self, directory):
        self.directory = directory

    def _path(self, key):
        return os.path.join(self.directory, f"{key}.json")

    def get(self, key):
        try:
            with open(self._path(key)) as fh:
                return json.load(fh)
        except FileNotFoundError:
            raise KeyError(key) from None

    def put(self, key, value):
        with open(self._path(key), "w") as fh:
            json.dump(value, fh)


with tempfile.TemporaryDirectory() as tmp:
    for store in (MemoryStore(), FileStore(tmp)):
        store.put("user", {"id": 1})
        print(type(store).__name__, store.get("user"), store.get_or("missing", "-"))
try:
    Store()
except TypeError as e:
    print("abstract:", e)
