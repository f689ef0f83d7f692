"""Load a lookup table that ships next to this module."""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
TABLE = os.path.join(HERE, "data", "country_codes.csv")


def load_codes(path=TABLE):
    with open(path, newline="", encoding="utf-8") as fh:
        return {row["alpha2"]: row["name"] for row in csv.DictReader(fh)}


if __name__ == "__main__":
    codes = load_codes()
    print(len(codes), "countries")
