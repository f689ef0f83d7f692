"""File helpers from a data-cleaning notebook: functools.partial to fix
encoding/newline options, **kwargs forwarding to open(), a backup copy
with shutil, glob over the CSVs just written, and linecache to show a
line of this script in an error message."""
import csv
import functools
import glob
import linecache
import os
import shutil

open_utf8 = functools.partial(open, encoding="utf-8", newline="")


def save_rows(path, rows, **open_kwargs):
    open_kwargs.setdefault("mode", "w")
    with open_utf8(path, **open_kwargs) as fh:
        csv.writer(fh).writerows(rows)
    return path


def load_rows(**options):
    with open(**options) as fh:
        return list(csv.reader(fh))


def report_line(lineno):
    return linecache.getline(__file__, lineno).rstrip()


if __name__ == "__main__":
    os.makedirs("data", exist_ok=True)
    save_rows("data/a.csv", [["name", "score"], ["ana", "7"], ["ben", "9"]])
    save_rows("data/b.csv", [["name", "score"], ["cem", "6"]])
    save_rows("data/a.csv", [["dia", "8"]], mode="a")
    options = {"file": "data/a.csv", "mode": "r", "encoding": "utf-8", "newline": ""}
    print(load_rows(**options))
    os.makedirs("backup", exist_ok=True)
    for path in sorted(glob.glob("data/*.csv")):
        shutil.copy(path, os.path.join("backup", os.path.basename(path)))
    print("backed up:", sorted(map(os.path.basename, glob.glob("backup/*.csv"))))
    total = sum(int(r[1]) for p in glob.glob("data/*.csv") for r in load_rows(file=p)[1:]
                if len(r) == 2 and r[1].isdigit())
    print("score total:", total)
    print("helper defined at:", report_line(save_rows.__code__.co_firstlineno))
