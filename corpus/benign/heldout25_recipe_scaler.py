"""Scale a recipe using exact fractions and print mixed numbers."""
from fractions import Fraction


def parse_quantity(tokens):
    qty = Fraction(0)
    used = 0
    for tok in tokens:
        try:
            qty += Fraction(tok)
            used += 1
        except ValueError:
            break
    return qty, tokens[used:]


def mixed(q):
    whole, rest = divmod(q.numerator, q.denominator)
    if rest == 0:
        return str(whole)
    frac = f"{rest}/{q.denominator}"
    return f"{whole} {frac}" if whole else frac


def load(path):
    serves = None
    items = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("serves:"):
                serves = int(line.split(":")[1])
                continue
            qty, rest = parse_quantity(line.split())
            items.append((qty, " ".join(rest)))
    return serves, items


def main():
    serves, items = load("d06_recipe.txt")
    results = []
    for target in (2, 6, 10):
        factor = Fraction(target, serves)
        print(f"--- serves {target} (x{factor}) ---")
        for qty, what in items:
            scaled = qty * factor
            line = f"{mixed(scaled):>8} {what}"
            print(line)
            results.append(f"{target}\t{mixed(scaled)}\t{what}")
    total_cups = sum(q for q, w in items if w.startswith("cup"))
    print("cups in base recipe:", mixed(total_cups), float(total_cups))
    with open("d06_scaled.tsv", "w", encoding="utf-8") as out:
        out.write("serves\tqty\titem\n" + "\n".join(results) + "\n")


if __name__ == "__main__":
    main()
