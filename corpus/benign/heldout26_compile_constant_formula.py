"""Evaluate one constant formula over a table, compiling it once."""

FORMULA = compile("price * qty * (1 - discount)", "<formula>", "eval")

rows = [
    {"price": 2.5, "qty": 4, "discount": 0.0},
    {"price": 10.0, "qty": 1, "discount": 0.2},
    {"price": 0.99, "qty": 12, "discount": 0.1},
]
totals = [round(eval(FORMULA, {"__builtins__": {}}, row), 2) for row in rows]
print(totals, "sum:", round(sum(totals), 2))
