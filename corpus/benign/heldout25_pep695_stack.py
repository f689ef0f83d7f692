"""Generic containers written with PEP 695 type-parameter syntax (Python 3.12+)."""
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass


class Stack[T]:
    def __init__(self, items: Iterable[T] = ()) -> None:
        self._items: list[T] = list(items)

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self) -> T | None:
        return self._items[-1] if self._items else None

    def map[U](self, fn: Callable[[T], U]) -> "Stack[U]":
        return Stack(fn(x) for x in self._items)

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __repr__(self) -> str:
        return f"Stack({self._items!r})"


@dataclass(frozen=True)
class Pair[K, V]:
    key: K
    value: V

    def swap(self) -> "Pair[V, K]":
        return Pair(self.value, self.key)


def first[T](items: Iterable[T], default: T) -> T:
    for item in items:
        return item
    return default


def largest[N: (int, float)](values: list[N]) -> N:
    best = values[0]
    for v in values[1:]:
        if v > best:
            best = v
    return best


def group_by[T, K](items: Iterable[T], key: Callable[[T], K]) -> dict[K, list[T]]:
    out: dict[K, list[T]] = {}
    for item in items:
        out.setdefault(key(item), []).append(item)
    return out


s = Stack[int]([1, 2, 3])
s.push(10)
print(s, "peek", s.peek(), "len", len(s))
print("popped", s.pop(), "iter order", list(s))
print("mapped", s.map(lambda x: f"#{x}"))
p = Pair("answer", 42)
print(p, "->", p.swap())
print("first:", first([], "none"), first("xyz", "?"))
print("largest:", largest([3, 9, 2]), largest([0.5, -1.0]))
print("grouped:", group_by(["apple", "avocado", "banana", "blueberry", "cherry"], lambda w: w[0]))
print("type params:", Stack.__type_params__, first.__type_params__)
print("constraints of N:", largest.__type_params__[0].__constraints__)
