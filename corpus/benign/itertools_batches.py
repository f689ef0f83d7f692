"""Process a big CSV in batches of 500 rows with itertools.islice."""
import csv
from itertools import islice


def batches(iterable, size):
    it = iter(iterable)
    while True:
        chunk = list(islice(it, size))
        if not chunk:
            return
        yield chunk


with open("customers.csv", newline="") as fh:
    for n, chunk in enumerate(batches(csv.DictReader(fh), 500), 1):
        emails = sum(1 for row in chunk if row.get("email"))
        print(f"batch {n}: {len(chunk)} rows, {emails} with email")
