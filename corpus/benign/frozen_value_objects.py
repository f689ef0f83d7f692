"""Frozen dataclasses as dictionary keys, with replace()."""
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Money:
    amount: int
    currency: str = "EUR"

    def __add__(self, other):
        if other.currency != self.currency:
            raise ValueError("currency mismatch")
        return replace(self, amount=self.amount + other.amount)


prices = {Money(100): "cheap", Money(10_000): "pricey"}
print(prices[Money(100)], Money(250) + Money(50))
