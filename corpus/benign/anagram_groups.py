"""Group words into anagram families."""
from collections import defaultdict

WORDS = """listen silent enlist inlets google tinsel banana
rat tar art star tars rats arts evil vile live veil
""".split()


def signature(word):
    return "".join(sorted(word.lower()))


def groups(words):
    table = defaultdict(set)
    for w in words:
        table[signature(w)].add(w)
    return sorted((sorted(g) for g in table.values() if len(g) > 1), key=len, reverse=True)


def is_anagram(a, b):
    return a != b and signature(a) == signature(b)


for family in groups(WORDS):
    print(len(family), ", ".join(family))
print(is_anagram("Dormitory", "dirtyroom"))
print(is_anagram("hello", "world"))
singles = [w for w in WORDS if sum(signature(w) == signature(v) for v in WORDS) == 1]
print("no partner:", singles)
