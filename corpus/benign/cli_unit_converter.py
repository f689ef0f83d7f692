"""Convert between units of length from the command line."""
import argparse

FACTORS = {
    "mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0,
    "in": 0.0254, "ft": 0.3048, "yd": 0.9144, "mi": 1609.344,
}


def convert(value, src, dst):
    try:
        return value * FACTORS[src] / FACTORS[dst]
    except KeyError as missing:
        raise SystemExit(f"unknown unit {missing}") from None


def parse(argv):
    parser = argparse.ArgumentParser(prog="conv")
    parser.add_argument("value", type=float)
    parser.add_argument("src", choices=sorted(FACTORS))
    parser.add_argument("dst", choices=sorted(FACTORS))
    parser.add_argument("--precision", type=int, default=3)
    return parser.parse_args(argv)


def main(argv):
    ns = parse(argv)
    result = convert(ns.value, ns.src, ns.dst)
    print(f"{ns.value} {ns.src} = {result:.{ns.precision}f} {ns.dst}")


if __name__ == "__main__":
    for example in (["5", "km", "mi"], ["12", "in", "cm"], ["1", "mi", "ft", "--precision", "0"]):
        main(example)
