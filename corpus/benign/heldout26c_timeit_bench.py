"""Benchmark three ways to build a list of squares (a classic notebook
cell) with timeit, passing the statements as strings and the setup via
globals."""
import timeit

N = 2000


def loop_append(n):
    out = []
    for i in range(n):
        out.append(i * i)
    return out


def comprehension(n):
    return [i * i for i in range(n)]


def with_map(n):
    return list(map(lambda i: i * i, range(n)))


CANDIDATES = {
    "loop": "loop_append(N)",
    "comprehension": "comprehension(N)",
    "map": "with_map(N)",
}

if __name__ == "__main__":
    results = {}
    for label, stmt in CANDIDATES.items():
        results[label] = min(timeit.repeat(stmt, globals=globals(), number=200, repeat=3))
    best = min(results.values())
    for label, t in sorted(results.items(), key=lambda kv: kv[1]):
        print(f"{label:14} {t * 1000:8.2f} ms  x{t / best:.2f}")
    print("sanity:", timeit.timeit("sum(range(100))", number=1000) > 0)
