"""TypedDict payloads and a small generic Stack."""
from typing import Generic, List, Optional, TypeVar

try:
    from typing import TypedDict
except ImportError:  # pragma: no cover
    from typing_extensions import TypedDict

T = TypeVar("T")


class Movie(TypedDict):
    title: str
    year: int


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> Optional[T]:
        return self._items.pop() if self._items else None


s: "Stack[Movie]" = Stack()
s.push({"title": "Alien", "year": 1979})
print(s.pop(), s.pop())
