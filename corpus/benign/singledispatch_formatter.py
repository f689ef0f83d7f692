"""Format values differently by type with functools.singledispatch."""
from datetime import date
from decimal import Decimal
from functools import singledispatch


@singledispatch
def fmt(value):
    return str(value)


@fmt.register
def _(value: float):
    return f"{value:,.2f}"


@fmt.register
def _(value: Decimal):
    return f"${value:,.2f}"


@fmt.register
def _(value: date):
    return value.strftime("%d %b %Y")


@fmt.register(list)
@fmt.register(tuple)
def _(value):
    return "[" + ", ".join(fmt(v) for v in value) + "]"


@fmt.register
def _(value: bool):
    return "yes" if value else "no"


samples = [42, 1234567.891, Decimal("19.5"), date(2023, 7, 4), [1.5, True, "x"], (False,)]
for s in samples:
    print(f"{type(s).__name__:<8} {fmt(s)}")
print("registered types:", [t.__name__ for t in fmt.registry if t is not object])
