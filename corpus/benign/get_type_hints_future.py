"""Validate a dict against a class's annotations (postponed annotations are resolved)."""
from __future__ import annotations

import typing


class Job:
    name: str
    retries: int
    tags: typing.List[str]


def check(data: dict, cls=Job) -> list:
    errors = []
    for key, hint in typing.get_type_hints(cls).items():
        origin = typing.get_origin(hint) or hint
        if key not in data:
            errors.append(f"missing {key}")
        elif not isinstance(data[key], origin):
            errors.append(f"{key}: expected {origin.__name__}")
    return errors


print(check({"name": "sync", "retries": "3", "tags": []}))
