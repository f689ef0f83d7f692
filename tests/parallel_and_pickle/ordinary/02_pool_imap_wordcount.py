"""Count words in chunks of a text with Pool.imap, then merge the counters."""
from collections import Counter
from multiprocessing import Pool

TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair.
"""


def count_words(line):
    words = [w.strip(".,;:").lower() for w in line.split()]
    return Counter(w for w in words if w)


if __name__ == "__main__":
    lines = [ln for ln in TEXT.splitlines() if ln.strip()]
    total = Counter()
    with Pool(2) as pool:
        for i, partial in enumerate(pool.imap(count_words, lines, chunksize=1)):
            total.update(partial)
            print(f"line {i}: {sum(partial.values())} words")
    for word, n in total.most_common(5):
        print(f"{word:>8} {n}")
