"""Levenshtein distance with two rolling rows."""


def levenshtein(a: str, b: str) -> int:
    if len(a) < len(b):
        a, b = b, a
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost))
        previous = current
    return previous[-1]


PAIRS = [("kitten", "sitting"), ("flaw", "lawn"), ("", "abc"), ("same", "same")]
for x, y in PAIRS:
    print(f"{x!r:>10} -> {y!r:<10} {levenshtein(x, y)}")
