"""Subclasses register themselves via __init_subclass__."""


class Shape:
    registry = {}

    def __init_subclass__(cls, kind=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Shape.registry[kind or cls.__name__.lower()] = cls

    @classmethod
    def create(cls, kind, *args):
        return cls.registry[kind](*args)


class Square(Shape, kind="square"):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Triangle(Shape, kind="tri"):
    def __init__(self, b, h):
        self.b, self.h = b, h

    def area(self):
        return self.b * self.h / 2


for spec in [("square", 3), ("rect", 2, 5), ("tri", 4, 3)]:
    shape = Shape.create(*spec)
    print(f"{type(shape).__name__:<9}{shape.area():>6}")
print(sorted(Shape.registry))
