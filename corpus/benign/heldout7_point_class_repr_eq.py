# ordinary: simple class with __repr__ and __eq__
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
p = Point(1, 2)
print(p, p == Point(1, 2), p == Point(2, 1))
