"""Money amounts with Decimal and functools.total_ordering."""
from decimal import Decimal, ROUND_HALF_UP
from functools import total_ordering


@total_ordering
class Money:
    def __init__(self, amount, currency="EUR"):
        self.amount = Decimal(str(amount)).quantize(Decimal("0.01"), ROUND_HALF_UP)
        self.currency = currency

    def __eq__(self, other):
        return (self.amount, self.currency) == (other.amount, other.currency)

    def __lt__(self, other):
        if self.currency != other.currency:
            raise ValueError("currency mismatch")
        return self.amount < other.amount

    def __add__(self, other):
        return Money(self.amount + other.amount, self.currency)

    def __repr__(self):
        return f"Money('{self.amount}', {self.currency!r})"


prices = [Money("9.99"), Money(5), Money("12.345")]
print(sorted(prices), max(prices), sum(prices[1:], prices[0]))
