"""Inventory records with dataclasses, asdict and field defaults."""
from dataclasses import asdict, dataclass, field
import json


@dataclass
class Item:
    sku: str
    name: str
    price: float
    tags: list = field(default_factory=list)
    quantity: int = 0

    def __post_init__(self):
        if self.price < 0:
            raise ValueError("price must be positive")

    @property
    def value(self):
        return self.price * self.quantity


stock = [Item("A1", "pen", 1.5, ["office"], 40), Item("B2", "lamp", 19.0, quantity=3)]
print(sum(i.value for i in stock))
print(json.dumps([asdict(i) for i in stock], indent=2))
