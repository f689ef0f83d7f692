"""Count words in every .txt file under the project's docs/ folder."""
from collections import Counter
from pathlib import Path


def count_words(folder: Path) -> Counter:
    counts = Counter()
    for path in sorted(folder.glob("*.txt")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                counts.update(word.lower().strip(".,;:!?") for word in line.split())
    return counts


if __name__ == "__main__":
    for word, n in count_words(Path("docs")).most_common(10):
        print(f"{word:>15} {n}")
