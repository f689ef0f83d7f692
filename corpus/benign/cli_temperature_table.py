"""Print a Celsius/Fahrenheit/Kelvin table."""
import argparse


def c_to_f(c):
    return c * 9 / 5 + 32


def c_to_k(c):
    return c + 273.15


def frange(start, stop, step):
    x = start
    while x <= stop + 1e-9:
        yield x
        x += step


def table(start, stop, step):
    yield f"{'C':>8}{'F':>10}{'K':>10}"
    for c in frange(start, stop, step):
        yield f"{c:>8.1f}{c_to_f(c):>10.1f}{c_to_k(c):>10.2f}"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--start", type=float, default=-20)
    ap.add_argument("--stop", type=float, default=40)
    ap.add_argument("--step", type=float, default=10)
    args = ap.parse_args(argv)
    if args.step <= 0:
        ap.error("step must be positive")
    print("\n".join(table(args.start, args.stop, args.step)))


if __name__ == "__main__":
    main([])
