"""Truthiness via __bool__ and __len__ in a shopping cart."""


class Cart:
    def __init__(self):
        self.lines = {}

    def add(self, item, qty=1):
        self.lines[item] = self.lines.get(item, 0) + qty
        return self

    def __len__(self):
        return sum(self.lines.values())

    def __contains__(self, item):
        return item in self.lines


class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


cart = Cart()
print(bool(cart), len(cart))
cart.add("apple", 3).add("pear")
print(bool(cart), len(cart), "pear" in cart)
print([bool(Flag(x)) for x in (True, False)])
