"""Serialise plain objects with vars() and __dict__, and rebuild them."""
import json


class Point:
    def __init__(self, x, y, label=""):
        self.x = x
        self.y = y
        self.label = label

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.label!r})"


points = [Point(1, 2, "a"), Point(3, 5), Point(-1, 0, "origin-ish")]
blob = json.dumps([vars(p) for p in points], indent=1)
print(blob)

restored = []
for d in json.loads(blob):
    p = Point.__new__(Point)
    p.__dict__.update(d)
    restored.append(p)
print(restored)
print("class defines:", sorted(k for k in vars(Point) if k in ("__init__", "__repr__")))
