"""cached_property by hand: compute once, then store on the instance."""
import math


class lazy:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        self.attr = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.func(obj)
        setattr(obj, self.attr, value)
        return value


class Circle:
    def __init__(self, r):
        self.r = r

    @lazy
    def area(self):
        print("computing...")
        return math.pi * self.r ** 2


c = Circle(2)
print(c.area, c.area)
