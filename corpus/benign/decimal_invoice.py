"""Money calculations with Decimal to avoid float rounding."""
from decimal import ROUND_HALF_UP, Decimal

TAX_RATE = Decimal("0.0825")
CENT = Decimal("0.01")

items = [
    ("widget", Decimal("19.99"), 3),
    ("gadget", Decimal("5.25"), 10),
    ("doohickey", Decimal("0.10"), 7),
]


def money(value):
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def invoice(lines, discount=Decimal("0")):
    subtotal = sum(price * qty for _, price, qty in lines)
    subtotal -= subtotal * discount
    tax = money(subtotal * TAX_RATE)
    return money(subtotal), tax, money(subtotal + tax)


for name, price, qty in items:
    print(f"{name:<10}{qty:>3} x {price:>6} = {money(price * qty):>8}")
sub, tax, total = invoice(items, discount=Decimal("0.05"))
print(f"{'subtotal':<24}{sub:>8}")
print(f"{'tax':<24}{tax:>8}")
print(f"{'total':<24}{total:>8}")
print("float would say:", 0.1 * 3, "decimal says:", Decimal("0.1") * 3)
