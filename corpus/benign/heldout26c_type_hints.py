"""Reading type hints of dataclasses with postponed annotations to build a
simple typed CSV row parser."""
from __future__ import annotations

import csv
import dataclasses
import inspect
import io
import typing


@dataclasses.dataclass
class Student:
    name: str
    age: int
    grade: float
    tags: typing.List[str] = dataclasses.field(default_factory=list)
    mentor: typing.Optional[Student] = None


def convert(value: str, hint: typing.Any):
    if hint in (int, float, str):
        return hint(value)
    if typing.get_origin(hint) in (list, typing.List):
        return [v for v in value.split(";") if v]
    return None


def parse_rows(text: str) -> list[Student]:
    hints = typing.get_type_hints(Student)
    rows = []
    for row in csv.DictReader(io.StringIO(text)):
        kwargs = {k: convert(v, hints[k]) for k, v in row.items() if k in hints}
        rows.append(Student(**kwargs))
    return rows


CSV = """name,age,grade,tags
Ada,20,1.3,math;cs
Linus,22,2.0,
"""

if __name__ == "__main__":
    for s in parse_rows(CSV):
        print(s)
    print(inspect.get_annotations(parse_rows, eval_str=True))
    print(typing.get_type_hints(Student)["mentor"])
    ref = typing.ForwardRef("Student")
    print("forward ref:", ref.__forward_arg__)
