"""A 2D vector with __slots__ and the arithmetic dunder methods."""
import math


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)

    def __iter__(self):
        yield self.x
        yield self.y

    def __repr__(self):
        return f"{self.__class__.__name__}({self.x!r}, {self.y!r})"


a, b = Vec(3, 4), Vec(1, -2)
print(a + b, a - b, 2 * a, abs(a))
print(list(a), a == Vec(3, 4))
try:
    a.z = 1
except AttributeError as e:
    print("slots prevent new attributes:", e)
