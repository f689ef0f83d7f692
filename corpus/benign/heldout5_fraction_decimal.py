# ordinary: exact arithmetic with fractions and decimal - harmonic numbers, continued fractions, rounding
from decimal import Decimal, ROUND_HALF_EVEN, getcontext
from fractions import Fraction

h = sum(Fraction(1, k) for k in range(1, 21))
print("H_20 =", h, "~", float(h))


def continued_fraction(fr):
    terms = []
    while True:
        whole = fr.numerator // fr.denominator
        terms.append(whole)
        fr -= whole
        if fr == 0:
            return terms
        fr = 1 / fr


print("355/113 as continued fraction:", continued_fraction(Fraction(355, 113)))
print("0.1 + 0.2 as Fraction:", Fraction(1, 10) + Fraction(2, 10))
getcontext().prec = 40
print("sqrt(2) to 40 digits:", Decimal(2).sqrt())
prices = [Decimal("2.675"), Decimal("1.005"), Decimal("0.125")]
print("banker's rounding:", [p.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN) for p in prices])
