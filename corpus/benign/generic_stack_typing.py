"""A generic stack with TypeVar and Generic (Python 3.11 syntax)."""
from typing import Generic, Iterator, Optional, TypeVar

T = TypeVar("T")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        return self._items.pop()

    def peek(self) -> Optional[T]:
        return self._items[-1] if self._items else None

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def __len__(self) -> int:
        return len(self._items)


def balanced(text: str) -> bool:
    pairs, stack = {")": "(", "]": "[", "}": "{"}, Stack[str]()
    for ch in text:
        if ch in "([{":
            stack.push(ch)
        elif ch in pairs and (not len(stack) or stack.pop() != pairs[ch]):
            return False
    return not len(stack)


print(balanced("{[()()]}"), balanced("([)]"))
