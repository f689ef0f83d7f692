"""Convert numbers between bases 2..36."""
import argparse
import string

DIGITS = string.digits + string.ascii_lowercase


def to_base(n, base):
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(DIGITS[r])
    return sign + "".join(reversed(out))


def main(argv):
    p = argparse.ArgumentParser()
    p.add_argument("number")
    p.add_argument("--from", dest="src", type=int, default=10)
    p.add_argument("--to", dest="dst", type=int, nargs="+", default=[2, 8, 16])
    a = p.parse_args(argv)
    value = int(a.number, a.src)
    for base in a.dst:
        print(f"base {base:>2}: {to_base(value, base)}")


if __name__ == "__main__":
    main(["255"])
    main(["zz", "--from", "36", "--to", "10", "2"])
