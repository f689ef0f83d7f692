"""A typed descriptor using __set_name__, __get__ and __set__."""


class Typed:
    def __init__(self, kind):
        self.kind = kind
        self.values = {}

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return self.values.get(id(instance))

    def __set__(self, instance, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}")
        self.values[id(instance)] = value


class Order:
    quantity = Typed(int)
    note = Typed(str)

    def __init__(self, quantity, note=""):
        self.quantity = quantity
        self.note = note


o = Order(3, "gift")
print(o.quantity, o.note, Order.quantity.name)
try:
    Order("three")
except TypeError as err:
    print(err)
