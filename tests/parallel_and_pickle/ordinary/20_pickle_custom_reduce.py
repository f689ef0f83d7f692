"""A class of our own with __reduce__ that rebuilds itself from its constructor arguments."""
import math
import pickle


class Vector:
    __slots__ = ("x", "y", "_norm")

    def __init__(self, x, y):
        self.x = x
        self.y = y
        self._norm = math.hypot(x, y)  # cached, recomputed on load

    def __reduce__(self):
        return (Vector, (self.x, self.y))

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


if __name__ == "__main__":
    vs = [Vector(3, 4), Vector(-1, 2.5), Vector(0, 0)]
    back = pickle.loads(pickle.dumps(vs))
    print("restored:", back)
    print("norms:", [round(v._norm, 3) for v in back])
    print("equal:", back == vs)
