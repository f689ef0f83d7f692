"""Structural typing with a runtime-checkable Protocol."""
from typing import Protocol, runtime_checkable


@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None: ...


class Connection:
    def close(self):
        print("closed")


def shutdown(resources):
    for r in resources:
        if isinstance(r, SupportsClose):
            r.close()


shutdown([Connection(), object(), Connection()])
