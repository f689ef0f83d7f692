import sys
from collections import Counter, OrderedDict, defaultdict


def main():
    words = sys.stdin.read().split()
    groups = defaultdict(list)
    for w in words:
        groups["".join(sorted(w.lower()))].append(w)

    # keep groups in the order their first word appeared
    ordered = OrderedDict()
    for w in words:
        key = "".join(sorted(w.lower()))
        if key not in ordered:
            ordered[key] = groups[key]

    for key, members in ordered.items():
        if len(members) > 1:
            print(len(members), " ".join(sorted(set(members))))

    letters = Counter("".join(words).lower())
    print("top letters:", " ".join(f"{ch}={n}" for ch, n in letters.most_common(5)))
    lengths = Counter(map(len, words))
    print("length histogram:", dict(sorted(lengths.items())))
    singles = sum(1 for m in groups.values() if len(m) == 1)
    print("words without anagram partner:", singles)


main()
