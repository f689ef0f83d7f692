"""Draw a text histogram of dice rolls."""
import random
from collections import Counter


def roll(n_dice, sides=6):
    return sum(random.randint(1, sides) for _ in range(n_dice))


def histogram(counter, width=50):
    peak = max(counter.values())
    lines = []
    for value in range(min(counter), max(counter) + 1):
        n = counter.get(value, 0)
        bar = "#" * round(n / peak * width)
        lines.append(f"{value:3d} | {bar} {n}")
    return "\n".join(lines)


def main(trials=5000, dice=3):
    random.seed(42)
    counts = Counter(roll(dice) for _ in range(trials))
    print(f"{trials} rolls of {dice}d6")
    print(histogram(counts))
    mean = sum(v * n for v, n in counts.items()) / trials
    print(f"observed mean {mean:.3f}, expected {dice * 3.5}")


if __name__ == "__main__":
    main()
