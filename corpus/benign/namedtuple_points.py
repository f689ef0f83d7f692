"""namedtuple and typing.NamedTuple for small records."""
from collections import namedtuple
from typing import NamedTuple
import math

Point = namedtuple("Point", ["x", "y"])


class Segment(NamedTuple):
    start: Point
    end: Point

    @property
    def length(self) -> float:
        return math.hypot(self.end.x - self.start.x, self.end.y - self.start.y)


p, q = Point(0, 0), Point(3, 4)
seg = Segment(p, q)
print(seg.length, seg._replace(end=Point(6, 8)).length)
print(p._asdict(), Point._fields, seg)
