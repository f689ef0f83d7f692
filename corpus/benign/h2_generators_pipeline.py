"""Lesson: lazy generator pipelines over a log file."""


def read_lines(path):
    with open(path) as fh:
        yield from fh


def only_errors(lines):
    return (line for line in lines if " ERROR " in line)


def fields(lines):
    for line in lines:
        date, time, level, *msg = line.split()
        yield date, " ".join(msg)


for date, message in fields(only_errors(read_lines("app.log"))):
    print(date, message)
