"""Lesson: method resolution order in a diamond inheritance."""


class Base:
    def hello(self):
        return "Base"


class Left(Base):
    def hello(self):
        return "Left>" + super().hello()


class Right(Base):
    def hello(self):
        return "Right>" + super().hello()


class Child(Left, Right):
    pass


print(Child().hello())
print([cls.__name__ for cls in Child.mro()])
print(Child.__mro__)
