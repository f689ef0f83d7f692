"""Structural typing with typing.Protocol and runtime_checkable."""
from __future__ import annotations

from typing import Protocol, runtime_checkable


@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None:
        ...


class Connection:
    def __init__(self) -> None:
        self.open = True

    def close(self) -> None:
        self.open = False


class Widget:
    pass


def close_all(things: list[object]) -> int:
    closed = 0
    for thing in things:
        if isinstance(thing, SupportsClose):
            thing.close()
            closed += 1
    return closed


print(close_all([Connection(), Widget(), Connection()]))
