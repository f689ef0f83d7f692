"""Word frequencies and bigrams of a text file, excluding stop words."""
import re
from collections import Counter

STOP = set("""a an the and or of to in on for with is are was were be by as at it
that this from which who will should have has than rather into""".split())
WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def tokens(text):
    return WORD.findall(text.lower())


def main():
    with open("d10_corpus.txt", encoding="utf-8") as fh:
        text = fh.read()
    words = tokens(text)
    content = [w for w in words if w not in STOP and len(w) > 2]
    freq = Counter(content)
    bigrams = Counter(zip(content, content[1:]))
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", text.strip()) if s]

    lines = [f"{w},{n}" for w, n in freq.most_common()]
    with open("d10_frequencies.csv", "w", encoding="utf-8") as out:
        out.write("word,count\n" + "\n".join(lines) + "\n")

    print(f"{len(words)} tokens, {len(set(words))} distinct, {len(sentences)} sentences")
    print("top words:")
    for w, n in freq.most_common(8):
        print(f"  {w:<12}{'#' * n} {n}")
    print("top bigrams:", [" ".join(b) for b, _ in bigrams.most_common(3)])
    avg = sum(map(len, words)) / len(words)
    print(f"average word length {avg:.2f}")
    caps = re.findall(r"\b[A-Z][a-z]+\b", text)
    print("capitalised:", sorted(set(caps))[:10])


main()
