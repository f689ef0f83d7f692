"""Warehouse inventory with reorder alerts."""
from dataclasses import dataclass


@dataclass
class Stock:
    sku: str
    on_hand: int
    reorder_at: int
    reorder_qty: int


class Warehouse:
    def __init__(self, items):
        self.items = {i.sku: i for i in items}
        self.orders = []

    def ship(self, sku, qty):
        item = self.items[sku]
        if qty > item.on_hand:
            raise ValueError(f"only {item.on_hand} {sku} left")
        item.on_hand -= qty
        if item.on_hand <= item.reorder_at:
            self.orders.append((sku, item.reorder_qty))

    def receive(self):
        for sku, qty in self.orders:
            self.items[sku].on_hand += qty
        received, self.orders = self.orders, []
        return received


w = Warehouse([Stock("nail", 500, 100, 400), Stock("glue", 20, 5, 30), Stock("saw", 4, 1, 5)])
for sku, qty in [("nail", 450), ("glue", 10), ("saw", 3), ("glue", 9)]:
    try:
        w.ship(sku, qty)
    except ValueError as e:
        print("cannot ship:", e)
print("pending orders:", w.orders)
print("received:", w.receive())
print({s: i.on_hand for s, i in w.items.items()})
