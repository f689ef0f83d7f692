"""Render values differently by type with functools.singledispatch."""
from datetime import date
from decimal import Decimal
from functools import singledispatch


@singledispatch
def render(value):
    return str(value)


@render.register
def _(value: date):
    return value.strftime("%d %b %Y")


@render.register
def _(value: Decimal):
    return f"{value:.2f}"


@render.register(list)
def _(value):
    return ", ".join(render(v) for v in value)


print(render([date(2024, 3, 1), Decimal("3.14159"), 7]))
