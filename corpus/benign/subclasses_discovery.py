"""Discover shape classes through Shape.__subclasses__() to build a factory."""
import math


class Shape:
    kind = None

    def area(self):
        raise NotImplementedError


class Square(Shape):
    kind = "square"

    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class Disc(Shape):
    kind = "disc"

    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


def make(kind, *args):
    factories = {cls.kind: cls for cls in Shape.__subclasses__()}
    return factories[kind](*args)


print(round(make("disc", 1).area(), 3), make("square", 3).area())
