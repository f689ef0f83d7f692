"""Select and reorder columns of a CSV file (like `cut` for CSV)."""
import argparse
import csv
import io
import sys

DEMO = "id,name,email,age\n1,Ann,ann@example.com,31\n2,Bob,bob@example.com,27\n"


def select(reader, columns):
    header = next(reader)
    index = {name: i for i, name in enumerate(header)}
    missing = [c for c in columns if c not in index]
    if missing:
        raise SystemExit(f"no such column(s): {', '.join(missing)}")
    yield columns
    for row in reader:
        yield [row[index[c]] for c in columns]


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("-c", "--columns", required=True, help="comma separated")
    ap.add_argument("-i", "--input", help="relative path of the CSV; demo data if omitted")
    ap.add_argument("-d", "--delimiter", default=",")
    args = ap.parse_args(argv)
    handle = open(args.input, newline="") if args.input else io.StringIO(DEMO)
    with handle:
        reader = csv.reader(handle, delimiter=args.delimiter)
        writer = csv.writer(sys.stdout)
        for row in select(reader, args.columns.split(",")):
            writer.writerow(row)


if __name__ == "__main__":
    main(["-c", "name,age"])
