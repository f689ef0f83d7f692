"""Scale recipe quantities exactly with fractions.Fraction."""
from fractions import Fraction

RECIPE = {
    "flour (cups)": Fraction(9, 4),
    "sugar (cups)": Fraction(2, 3),
    "butter (tbsp)": Fraction(6),
    "eggs": Fraction(2),
    "vanilla (tsp)": Fraction(1, 2),
}


def pretty(q):
    whole, rest = divmod(q.numerator, q.denominator)
    if rest == 0:
        return str(whole)
    frac = f"{rest}/{q.denominator}"
    return f"{whole} {frac}" if whole else frac


def scale(recipe, servings_from, servings_to):
    factor = Fraction(servings_to, servings_from)
    return {k: v * factor for k, v in recipe.items()}


for servings in (4, 6, 10):
    print(f"--- {servings} servings")
    for item, qty in scale(RECIPE, 8, servings).items():
        print(f"{item:<15}{pretty(qty):>8}")
print(Fraction("0.125"), Fraction(1, 3) + Fraction(1, 6), float(Fraction(22, 7)))
