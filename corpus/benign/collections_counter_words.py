"""Word frequencies with collections.Counter."""
import re
from collections import Counter

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief."""

words = re.findall(r"[a-z']+", TEXT.lower())
counts = Counter(words)
print(counts.most_common(5))
print(counts["age"], counts["missing"])

stop = Counter({"the": 100, "of": 100, "it": 100, "was": 100})
content = counts - stop
print(sorted(content.items())[:5])
print(sum(counts.values()), len(counts))
