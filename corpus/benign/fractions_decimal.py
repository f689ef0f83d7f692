"""Exact arithmetic with fractions.Fraction and decimal.Decimal."""
from decimal import Decimal, getcontext
from fractions import Fraction

third = Fraction(1, 3)
print(third + Fraction(1, 6), third * 3, Fraction("0.75"), Fraction(3.5))
print(sum(Fraction(1, n * (n + 1)) for n in range(1, 100)))
print(Fraction(355, 113).limit_denominator(10))

getcontext().prec = 30
print(Decimal(1) / Decimal(7))
print(Decimal("0.1") + Decimal("0.2") == Decimal("0.3"))
print(Decimal("19.99").quantize(Decimal("1.0")), Decimal(2).sqrt())
