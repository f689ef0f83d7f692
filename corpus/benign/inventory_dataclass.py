"""Inventory items as dataclasses with defaults, ordering and validation."""
from dataclasses import asdict, dataclass, field
from typing import List


@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    unit_price: float
    quantity: int = 0
    tags: List[str] = field(default_factory=list)

    def __post_init__(self):
        if self.unit_price < 0:
            raise ValueError("price must be non-negative")
        self.sort_index = self.unit_price * self.quantity


items = sorted([Item("bolt", 0.1, 500), Item("drill", 79.0, 2, ["tool"])], reverse=True)
print([asdict(i)["name"] for i in items])
