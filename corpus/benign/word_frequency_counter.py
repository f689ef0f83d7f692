"""Count word frequencies in a block of text."""
import re
import string
from collections import Counter

TEXT = """
It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was
the epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair.
"""

STOPWORDS = {"it", "was", "the", "of"}


def tokenize(text):
    text = text.lower()
    text = text.translate(str.maketrans("", "", string.punctuation))
    return re.findall(r"[a-z']+", text)


def top_words(tokens, n=5, skip=STOPWORDS):
    counts = Counter(t for t in tokens if t not in skip)
    return counts.most_common(n)


tokens = tokenize(TEXT)
print("total tokens:", len(tokens))
print("distinct:", len(set(tokens)))
for word, count in top_words(tokens):
    print(f"{word:<12}{'#' * count} {count}")
bigrams = Counter(zip(tokens, tokens[1:]))
print("most common bigram:", bigrams.most_common(1))
