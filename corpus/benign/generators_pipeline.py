"""A lazy processing pipeline built from generator functions."""
import itertools


def read_lines(text):
    for line in text.splitlines():
        yield line


def parse(lines):
    for line in lines:
        if line and not line.startswith("#"):
            name, value = line.split("=", 1)
            yield name.strip(), int(value)


def running_total(pairs):
    total = 0
    for name, value in pairs:
        total += value
        yield name, value, total


DATA = """# sample
a = 1
b = 5

c = 10
d = 3
"""
for row in itertools.islice(running_total(parse(read_lines(DATA))), 3):
    print(row)
squares = (n * n for n in itertools.count(1))
print(list(itertools.takewhile(lambda s: s < 50, squares)))
