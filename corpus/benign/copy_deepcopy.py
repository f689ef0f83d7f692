"""Shallow versus deep copies of nested structures."""
import copy


class Board:
    def __init__(self, size):
        self.cells = [[0] * size for _ in range(size)]
        self.history = []

    def play(self, r, c, value):
        self.cells[r][c] = value
        self.history.append((r, c, value))


original = Board(3)
original.play(0, 0, 1)
shallow = copy.copy(original)
deep = copy.deepcopy(original)
original.play(1, 1, 2)
print(shallow.cells[1][1], deep.cells[1][1], len(deep.history))

nested = {"a": [1, 2], "b": {"c": [3]}}
clone = copy.deepcopy(nested)
clone["b"]["c"].append(4)
print(nested, clone)
