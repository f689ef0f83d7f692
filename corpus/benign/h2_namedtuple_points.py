"""namedtuple and typing.NamedTuple for lightweight records."""
from collections import namedtuple
from typing import NamedTuple

Point = namedtuple("Point", "x y")


class Segment(NamedTuple):
    start: Point
    end: Point

    def length(self):
        return ((self.end.x - self.start.x) ** 2 + (self.end.y - self.start.y) ** 2) ** 0.5


s = Segment(Point(0, 0), Point(3, 4))
print(s.length(), s._replace(end=Point(6, 8)).length(), s._asdict())
