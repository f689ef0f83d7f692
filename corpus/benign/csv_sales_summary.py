"""Summarise a small sales CSV with the csv and statistics modules."""
import csv
import io
import statistics
from collections import defaultdict

DATA = """region,month,units,price
north,jan,120,9.5
north,feb,98,9.5
south,jan,143,9.0
south,feb,160,8.75
east,jan,75,10.0
east,feb,81,10.0
west,jan,110,9.25
west,feb,95,9.25
"""


def load(text):
    reader = csv.DictReader(io.StringIO(text))
    rows = []
    for row in reader:
        row["units"] = int(row["units"])
        row["price"] = float(row["price"])
        rows.append(row)
    return rows


def revenue_by_region(rows):
    totals = defaultdict(float)
    for r in rows:
        totals[r["region"]] += r["units"] * r["price"]
    return dict(totals)


rows = load(DATA)
units = [r["units"] for r in rows]
print("mean units:", statistics.mean(units))
print("median units:", statistics.median(units))
print("stdev units:", round(statistics.stdev(units), 2))
for region, total in sorted(revenue_by_region(rows).items(), key=lambda kv: -kv[1]):
    print(f"{region:<6} {total:>9.2f}")
