"""Walk and summarise JSON documents described by a recursive `type` alias."""
import json

type JSON = dict[str, JSON] | list[JSON] | str | int | float | bool | None
type Path = tuple[str | int, ...]


def walk(doc: JSON, path: Path = ()):
    yield path, doc
    match doc:
        case dict():
            for k, v in doc.items():
                yield from walk(v, path + (k,))
        case list():
            for i, v in enumerate(doc):
                yield from walk(v, path + (i,))
        case _:
            pass


def kind(value: JSON) -> str:
    match value:
        case None:
            return "null"
        case bool():
            return "bool"
        case int() | float():
            return "number"
        case str():
            return "string"
        case list():
            return "array"
        case dict():
            return "object"
    return "unknown"


def fmt(path: Path) -> str:
    return "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path)


DOC = """
{"name": "survey", "version": 3, "open": true,
 "questions": [
   {"id": "q1", "text": "Favourite colour?", "choices": ["red", "green", "blue"]},
   {"id": "q2", "text": "Age", "range": {"min": 0, "max": 120}, "optional": null}
 ],
 "weights": [0.5, 1.5]}
"""

doc: JSON = json.loads(DOC)
counts: dict[str, int] = {}
deepest: Path = ()
for path, value in walk(doc):
    counts[kind(value)] = counts.get(kind(value), 0) + 1
    if len(path) > len(deepest):
        deepest = path
print("node kinds:", dict(sorted(counts.items())))
print("deepest path:", fmt(deepest))
for path, value in walk(doc):
    if kind(value) == "string" and len(path) >= 3:
        print(f"  {fmt(path)} = {value!r}")
print("alias name:", JSON.__name__, "| value is a union:", "|" in str(JSON.__value__))
print("Path alias:", Path.__value__)
