"""Conway's Game of Life on a small wrapping board."""

GLIDER = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}


def neighbours(cell, size):
    x, y = cell
    for dx in (-1, 0, 1):
        for dy in (-1, 0, 1):
            if dx or dy:
                yield ((x + dx) % size, (y + dy) % size)


def step(live, size):
    counts = {}
    for cell in live:
        for n in neighbours(cell, size):
            counts[n] = counts.get(n, 0) + 1
    return {c for c, k in counts.items() if k == 3 or (k == 2 and c in live)}


def show(live, size):
    return "\n".join("".join("#" if (x, y) in live else "." for x in range(size))
                     for y in range(size))


board, size = set(GLIDER), 8
for generation in range(4):
    print(f"generation {generation}")
    print(show(board, size))
    board = step(board, size)
print("alive after 4 steps:", len(board))
