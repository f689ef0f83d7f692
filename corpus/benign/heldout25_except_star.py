"""Validate a batch of records, collecting every problem into an ExceptionGroup,
then handle the different kinds with except* (PEP 654) - written for 3.12+
with PEP 695 generics."""
from collections.abc import Callable


class MissingField(Exception):
    pass


class BadValue(ValueError):
    pass


type Record = dict[str, str]
type Check = Callable[[Record], None]


def require(field: str) -> Check:
    def check(rec: Record) -> None:
        if not rec.get(field):
            raise MissingField(f"{rec.get('id', '?')}: missing {field}")
    return check


def numeric(field: str, lo: int, hi: int) -> Check:
    def check(rec: Record) -> None:
        raw = rec.get(field, "")
        if raw and not (raw.isdigit() and lo <= int(raw) <= hi):
            raise BadValue(f"{rec.get('id', '?')}: {field}={raw!r} not in {lo}..{hi}")
    return check


def validate_all[T](items: list[T], checks: list[Callable[[T], None]]) -> list[T]:
    errors: list[Exception] = []
    good: list[T] = []
    for item in items:
        before = len(errors)
        for check in checks:
            try:
                check(item)
            except Exception as exc:
                errors.append(exc)
        if len(errors) == before:
            good.append(item)
    if errors:
        raise ExceptionGroup(f"{len(errors)} validation problems", errors)
    return good


RECORDS: list[Record] = [
    {"id": "r1", "name": "Ana", "age": "34"},
    {"id": "r2", "name": "", "age": "29"},
    {"id": "r3", "name": "Bea", "age": "212"},
    {"id": "r4", "name": "Cal", "age": "x1"},
    {"id": "r5", "age": "40"},
    {"id": "r6", "name": "Dev", "age": "51"},
]
CHECKS = [require("name"), numeric("age", 0, 130)]

missing: list[str] = []
bad: list[str] = []
try:
    validate_all(RECORDS, CHECKS)
except* MissingField as group:
    missing = [str(e) for e in group.exceptions]
except* BadValue as group:
    bad = [str(e) for e in group.exceptions]

print("missing fields:")
for m in missing:
    print("  ", m)
print("bad values:")
for b in bad:
    print("  ", b)

valid = [r for r in RECORDS if not any(r["id"] in s for s in missing + bad)]
print("valid ids:", [r["id"] for r in valid])

# nested groups and subgroup/split
eg = ExceptionGroup("outer", [BadValue("a"), ExceptionGroup("inner", [MissingField("b"), BadValue("c")])])
match_, rest = eg.split(BadValue)
print("split BadValue:", [str(e) for e in match_.exceptions[:1]], "rest:", rest.exceptions[0].exceptions)
print("subgroup MissingField count:", len(eg.subgroup(MissingField).exceptions))
