"""Compare two ways of building a list, timing callables (not strings) with timeit."""
import timeit

DATA = list(range(2_000))


def with_loop():
    out = []
    for x in DATA:
        if x % 3:
            out.append(x * 2)
    return out


def with_comprehension():
    return [x * 2 for x in DATA if x % 3]


def with_filter_map():
    return list(map(lambda x: x * 2, filter(lambda x: x % 3, DATA)))


assert with_loop() == with_comprehension() == with_filter_map()
for func in (with_loop, with_comprehension, with_filter_map):
    best = min(timeit.repeat(func, number=50, repeat=3))
    print(f"{func.__name__:<20}{best * 1000:8.2f} ms per 50 calls")

timer = timeit.Timer(with_comprehension)
number, total = timer.autorange()
print(f"autorange: {number} loops in {total:.3f}s")
