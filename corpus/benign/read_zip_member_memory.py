"""Read one CSV out of a zip archive without extracting anything to disk."""
import csv
import io
import zipfile

with zipfile.ZipFile("exports/orders-2024.zip") as zf:
    with zf.open("orders.csv") as raw:
        rows = list(csv.DictReader(io.TextIOWrapper(raw, encoding="utf-8")))

total = sum(float(r["amount"]) for r in rows)
print(f"{len(rows)} orders, total {total:.2f}")
