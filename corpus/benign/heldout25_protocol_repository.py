"""Generic repository pattern with Protocol, Generic, TypeVar and abc."""
from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import Callable, Generic, Iterator, Optional, Protocol, TypeVar, runtime_checkable


@runtime_checkable
class HasId(Protocol):
    id: int


class SupportsLessThan(Protocol):
    def __lt__(self, other: object) -> bool: ...


T = TypeVar("T", bound=HasId)
K = TypeVar("K")


class Repository(ABC, Generic[T]):
    @abstractmethod
    def add(self, item: T) -> None: ...

    @abstractmethod
    def get(self, item_id: int) -> Optional[T]: ...

    @abstractmethod
    def __iter__(self) -> Iterator[T]: ...

    def find(self, pred: Callable[[T], bool]) -> list[T]:
        return [x for x in self if pred(x)]

    def sorted_by(self, key: Callable[[T], K]) -> list[T]:
        return sorted(self, key=key)  # type: ignore[arg-type]


class MemoryRepository(Repository[T]):
    def __init__(self) -> None:
        self._items: dict[int, T] = {}

    def add(self, item: T) -> None:
        if not isinstance(item, HasId):
            raise TypeError(f"{type(item).__name__} has no id")
        self._items[item.id] = item

    def get(self, item_id: int) -> Optional[T]:
        return self._items.get(item_id)

    def __iter__(self) -> Iterator[T]:
        return iter(self._items.values())

    def __len__(self) -> int:
        return len(self._items)


@dataclass
class Book:
    id: int
    title: str
    year: int


@dataclass
class Member:
    id: int
    name: str


def newest(repo: Repository[Book], n: int = 2) -> list[str]:
    return [b.title for b in repo.sorted_by(lambda b: -b.year)[:n]]


books: MemoryRepository[Book] = MemoryRepository()
for i, (title, year) in enumerate([("Dune", 1965), ("Neuromancer", 1984),
                                   ("Hyperion", 1989), ("Foundation", 1951)], start=1):
    books.add(Book(i, title, year))
members: MemoryRepository[Member] = MemoryRepository()
members.add(Member(10, "Iris"))

print("books:", len(books), "members:", len(members))
print("get 3:", books.get(3))
print("get 99:", books.get(99))
print("before 1970:", [b.title for b in books.find(lambda b: b.year < 1970)])
print("newest:", newest(books))
print("Book satisfies HasId:", isinstance(Book(0, "x", 0), HasId))
try:
    books.add("not a book")  # type: ignore[arg-type]
except TypeError as exc:
    print("TypeError:", exc)
try:
    Repository()  # type: ignore[abstract]
except TypeError as exc:
    print("abstract:", str(exc).split(" with")[0])
print("generic alias:", MemoryRepository[Book])
