"""Generic __repr__/__eq__ from the instance's own attributes (self.__dict__, vars(self))."""


class Record:
    def __init__(self, **fields):
        self.__dict__.update(fields)

    def __repr__(self):
        parts = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()))
        return f"{type(self).__name__}({parts})"

    def __eq__(self, other):
        return isinstance(other, Record) and self.to_dict() == other.to_dict()

    def to_dict(self):
        return dict(self.__dict__)


class Config(Record):
    pass


a = Config(host="localhost", port=8080)
b = Config(port=8080, host="localhost")
print(a, a == b, a.to_dict())
