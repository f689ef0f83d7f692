"""Roll dice written in NdM+K notation."""
import argparse
import random
import re

PATTERN = re.compile(r"^(\d*)d(\d+)([+-]\d+)?$")


def roll(spec, rng):
    m = PATTERN.match(spec.replace(" ", ""))
    if not m:
        raise argparse.ArgumentTypeError(f"bad dice spec {spec!r}")
    count = int(m.group(1) or 1)
    sides = int(m.group(2))
    bonus = int(m.group(3) or 0)
    rolls = [rng.randint(1, sides) for _ in range(count)]
    return rolls, sum(rolls) + bonus


def main(argv=None):
    ap = argparse.ArgumentParser(description="dice roller")
    ap.add_argument("specs", nargs="+")
    ap.add_argument("--seed", type=int)
    ap.add_argument("--times", type=int, default=1)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    for spec in args.specs:
        for _ in range(args.times):
            rolls, total = roll(spec, rng)
            print(f"{spec:<8} {rolls} => {total}")


if __name__ == "__main__":
    main(["3d6", "d20+5", "2d8-1", "--seed", "11", "--times", "2"])
