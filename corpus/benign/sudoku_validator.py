"""Check whether a filled Sudoku grid is valid."""

GRID = """
534678912
672195348
198342567
859761423
426853791
713924856
961537284
287419635
345286179
"""


def parse(text):
    return [[int(c) for c in line] for line in text.split()]


def groups(grid):
    for r in range(9):
        yield f"row {r + 1}", grid[r]
    for c in range(9):
        yield f"col {c + 1}", [grid[r][c] for r in range(9)]
    for br in range(0, 9, 3):
        for bc in range(0, 9, 3):
            yield f"box {br // 3 + 1},{bc // 3 + 1}", [
                grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)]


def problems(grid):
    return [name for name, values in groups(grid) if sorted(values) != list(range(1, 10))]


good = parse(GRID)
print("valid grid:", not problems(good))
bad = [row[:] for row in good]
bad[0][0], bad[0][1] = bad[0][1], bad[0][0]
print("after swapping two cells:", problems(bad))
