"""A mixin that builds __repr__ and __eq__ from the instance's fields."""


class AutoRepr:
    def _fields(self):
        return {k: v for k, v in vars(self).items() if not k.startswith("_")}

    def __repr__(self):
        args = ", ".join(f"{k}={v!r}" for k, v in self._fields().items())
        return "{0.__class__.__name__}({1})".format(self, args)

    def __eq__(self, other):
        return other.__class__ is self.__class__ and self._fields() == other._fields()

    def __hash__(self):
        return hash(tuple(sorted(self._fields().items())))


class Point(AutoRepr):
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self._cache = None


class Colour(AutoRepr):
    def __init__(self, name, rgb):
        self.name = name
        self.rgb = rgb


p, q = Point(1, 2), Point(1, 2)
print(p, p == q, len({p, q}))
print(Colour("teal", (0, 128, 128)))
print(Point(1, 2) == Colour("x", None))
