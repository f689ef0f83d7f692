# ordinary: word-frequency counter reading stdin when piped, otherwise a built-in sample text
import re
import sys
from collections import Counter

SAMPLE = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief."""


def read_text():
    if sys.stdin is not None and not sys.stdin.isatty():
        data = sys.stdin.read()
        if data.strip():
            return data
    return SAMPLE


text = read_text()
words = re.findall(r"[a-z']+", text.lower())
counts = Counter(words)
print("total words:", len(words), "distinct:", len(counts))
for word, n in counts.most_common(5):
    print(f"{word:>10} {n:3d} {'*' * n}")
