"""f-strings with conversions, nested format specs and = debugging."""
from datetime import datetime

rows = [("apples", 3, 0.5), ("bananas", 12, 0.25), ("cherries", 100, 0.1)]
width = max(len(name) for name, _, _ in rows) + 2

print(f"{'item':<{width}}{'qty':>5}{'total':>9}")
for name, qty, unit in rows:
    print(f"{name:<{width}}{qty:>5}{qty * unit:>9.2f}")

total = sum(q * u for _, q, u in rows)
when = datetime(2024, 1, 2, 3, 4, 5)
print(f"{total=:.2f} at {when:%Y-%m-%d %H:%M}")
print(f"{'ok'!r} {3.14159:.3} {255:#x} {1_000_000:,}")
print(f"{rows[0][0].title()} {len(rows)} {rows!s:.20}")
