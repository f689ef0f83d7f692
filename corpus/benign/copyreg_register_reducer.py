"""Teach copy/pickle how to reduce a third-party-like class via copyreg."""
import copy
import copyreg


class Color:
    __slots__ = ("r", "g", "b")

    def __init__(self, r, g, b):
        self.r, self.g, self.b = r, g, b


def reduce_color(c):
    return Color, (c.r, c.g, c.b)


copyreg.pickle(Color, reduce_color)
c2 = copy.copy(Color(10, 20, 30))
print(c2.r, c2.g, c2.b)
