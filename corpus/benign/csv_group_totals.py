"""Sum sales per region from sales.csv and write a summary CSV."""
import csv
from collections import defaultdict

totals = defaultdict(float)
with open("sales.csv", newline="") as fh:
    for row in csv.DictReader(fh):
        totals[row["region"]] += float(row["amount"])

with open("sales_by_region.csv", "w", newline="") as out:
    writer = csv.writer(out)
    writer.writerow(["region", "total"])
    for region, total in sorted(totals.items(), key=lambda kv: -kv[1]):
        writer.writerow([region, f"{total:.2f}"])
