"""A read-only sequence of even numbers supporting slices and reversed()."""
from collections.abc import Sequence


class Evens(Sequence):
    def __init__(self, count):
        self._count = count

    def __len__(self):
        return self._count

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError("out of range")
        return index * 2

    def __contains__(self, value):
        return value % 2 == 0 and 0 <= value < 2 * self._count


e = Evens(10)
print(e[3], e[-1], e[2:8:2], 14 in e, 15 in e)
print(list(reversed(e))[:3], e.index(8), e.count(4))
