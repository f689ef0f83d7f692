# ordinary: write a CSV to a temp directory, read it back with csv.DictReader and summarise by region
import csv
import os
import tempfile
from collections import defaultdict

rows = [
    {"date": "2024-01-03", "region": "north", "product": "widget", "qty": "4", "price": "2.50"},
    {"date": "2024-01-04", "region": "south", "product": "gadget", "qty": "1", "price": "10.00"},
    {"date": "2024-01-04", "region": "north", "product": "gadget", "qty": "2", "price": "10.00"},
    {"date": "2024-01-05", "region": "east", "product": "widget", "qty": "10", "price": "2.25"},
    {"date": "2024-01-06", "region": "south", "product": "doohickey", "qty": "3", "price": "4.75"},
]

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "sales.csv")
    with open(path, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    totals = defaultdict(float)
    units = defaultdict(int)
    with open(path, newline="") as fh:
        for rec in csv.DictReader(fh):
            totals[rec["region"]] += int(rec["qty"]) * float(rec["price"])
            units[rec["product"]] += int(rec["qty"])

print(f"{'region':<8}{'revenue':>10}")
for region, amount in sorted(totals.items(), key=lambda kv: -kv[1]):
    print(f"{region:<8}{amount:>10.2f}")
print("units by product:", dict(sorted(units.items())))
