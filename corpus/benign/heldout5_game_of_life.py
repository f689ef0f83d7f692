# ordinary: Conway's Game of Life simulation on a small toroidal board
from itertools import product

W, H = 12, 8
glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
blinker = {(8, 4), (9, 4), (10, 4)}
alive = glider | blinker


def step(cells):
    counts = {}
    for (x, y) in cells:
        for dx, dy in product((-1, 0, 1), repeat=2):
            if dx or dy:
                key = ((x + dx) % W, (y + dy) % H)
                counts[key] = counts.get(key, 0) + 1
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}


def show(cells):
    return "\n".join("".join("#" if (x, y) in cells else "." for x in range(W)) for y in range(H))


for gen in range(4):
    print(f"generation {gen} ({len(alive)} alive)")
    print(show(alive))
    alive = step(alive)
