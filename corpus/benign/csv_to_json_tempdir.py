"""Convert a CSV file to JSON lines inside a temporary directory."""
import csv
import json
import tempfile
from pathlib import Path

CSV_TEXT = """city,country,population
Tokyo,Japan,37400068
Delhi,India,28514000
Shanghai,China,25582000
Sao Paulo,Brazil,21650000
"""


def convert(csv_path, jsonl_path):
    count = 0
    with open(csv_path, newline="") as src, open(jsonl_path, "w") as dst:
        for row in csv.DictReader(src):
            row["population"] = int(row["population"])
            dst.write(json.dumps(row) + "\n")
            count += 1
    return count


with tempfile.TemporaryDirectory() as tmp:
    src = Path(tmp, "cities.csv")
    src.write_text(CSV_TEXT)
    dst = src.with_suffix(".jsonl")
    n = convert(src, dst)
    print(f"converted {n} rows")
    for line in dst.read_text().splitlines():
        rec = json.loads(line)
        print(f"{rec['city']:<10}{rec['population']:>12,}")
