"""Type-based rendering with functools.singledispatch."""
from datetime import date
from functools import singledispatch


@singledispatch
def render(value):
    return str(value)


@render.register
def _(value: list):
    return "[" + ", ".join(render(v) for v in value) + "]"


@render.register
def _(value: dict):
    return "{" + ", ".join(f"{k}: {render(v)}" for k, v in value.items()) + "}"


@render.register
def _(value: date):
    return value.strftime("%d %b %Y")


@render.register(float)
def _(value):
    return f"{value:.2f}"


print(render({"when": date(2024, 2, 29), "scores": [1.5, 2.25, 3]}))
