"""Metaclass __prepare__ that rejects duplicate method names in a class body."""


class NoDuplicates(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"duplicate definition of {key!r}")
        super().__setitem__(key, value)


class Strict(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoDuplicates()

    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))


class Api(metaclass=Strict):
    def list(self):
        return []

    def get(self, key):
        return key


print([m for m in vars(Api) if not m.startswith("__")])
