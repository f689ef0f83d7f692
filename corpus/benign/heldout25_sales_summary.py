"""Summarise a sales CSV per region and product using exact decimal money."""
import csv
from collections import defaultdict
from decimal import Decimal, ROUND_HALF_UP

CENT = Decimal("0.01")


def load(path):
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            row["units"] = int(row["units"])
            row["unit_price"] = Decimal(row["unit_price"])
            yield row


def main():
    by_region = defaultdict(Decimal)
    by_product = defaultdict(lambda: [0, Decimal(0)])
    for row in load("d01_sales.csv"):
        amount = (row["units"] * row["unit_price"]).quantize(CENT, ROUND_HALF_UP)
        by_region[row["region"]] += amount
        entry = by_product[row["product"]]
        entry[0] += row["units"]
        entry[1] += amount

    total = sum(by_region.values(), Decimal(0))
    with open("d01_summary.csv", "w", newline="", encoding="utf-8") as out:
        w = csv.writer(out)
        w.writerow(["region", "revenue", "share_pct"])
        for region in sorted(by_region, key=by_region.get, reverse=True):
            share = (by_region[region] / total * 100).quantize(Decimal("0.1"))
            w.writerow([region, by_region[region], share])
            print(f"{region:<6} {by_region[region]:>9} {share:>5}%")
    print("-" * 24)
    print(f"{'TOTAL':<6} {total:>9}")
    for product, (units, revenue) in sorted(by_product.items()):
        avg = (revenue / units).quantize(CENT, ROUND_HALF_UP)
        print(f"{product}: {units} units, avg price {avg}")
    print("wrote d01_summary.csv")


if __name__ == "__main__":
    main()
