"""Brute-force a tiny travelling-salesman instance with permutations."""
import itertools
import math

CITIES = {"A": (0, 0), "B": (3, 4), "C": (6, 0), "D": (3, -4)}


def tour_length(order):
    pts = [CITIES[c] for c in order] + [CITIES[order[0]]]
    return sum(math.dist(p, q) for p, q in zip(pts, pts[1:]))


start, *rest = CITIES
best = min(
    ((start, *perm) for perm in itertools.permutations(rest)),
    key=tour_length,
)
print(best, round(tour_length(best), 3))
print(list(itertools.combinations("ABCD", 2))[:3])
