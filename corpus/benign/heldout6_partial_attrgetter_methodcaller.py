# ordinary: a small inventory uses functools.partial, operator.attrgetter (including a dotted path) and operator.methodcaller on the program's own objects
import functools
import operator
from dataclasses import dataclass


@dataclass
class Supplier:
    name: str
    country: str


@dataclass
class Item:
    sku: str
    price: float
    qty: int
    supplier: Supplier

    def value(self, discount=0.0):
        return round(self.price * self.qty * (1 - discount), 2)


acme = Supplier("Acme", "NL")
globex = Supplier("Globex", "DE")
stock = [
    Item("A-1", 2.50, 10, acme),
    Item("B-7", 9.99, 3, globex),
    Item("C-3", 0.45, 200, acme),
]

country_of = operator.attrgetter("supplier.country")
sku_and_qty = operator.attrgetter("sku", "qty")
value_with_discount = operator.methodcaller("value", discount=0.1)
round2 = functools.partial(round, ndigits=2)

print("countries:", sorted(set(map(country_of, stock))))
print("sku/qty:", list(map(sku_and_qty, stock)))
print("discounted values:", [value_with_discount(i) for i in stock])
print("total:", round2(sum(map(value_with_discount, stock))))
by_supplier = functools.partial(filter, lambda i: i.supplier is acme)
print("acme items:", [i.sku for i in by_supplier(stock)])
