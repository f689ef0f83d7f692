"""Create, read and summarise data files of the working directory."""
import os

DATA_FILES = ["alpha.csv", "beta.csv", "gamma.csv"]


def write_sample(name, rows):
    with open(name, "w") as fh:
        fh.write("x,y\n")
        for i in range(rows):
            fh.write("%d,%d\n" % (i, i * i))


def count_rows(name):
    with open(name) as fh:
        return sum(1 for _ in fh) - 1


for rows, name in enumerate(DATA_FILES, start=2):
    write_sample(name, rows)

for name in ["alpha.csv", "beta.csv", "gamma.csv"]:
    print(name, count_rows(name))

csv_files = [name for name in sorted(os.listdir(".")) if name.endswith(".csv")]
print("csv files:", csv_files)

for name in {"alpha.csv", "gamma.csv"}:
    os.remove(name)
print("left:", sorted(n for n in os.listdir(".") if n.endswith(".csv")))
