# ordinary: argparse command-line tool with defaults that prints a multiplication table
import argparse
import sys


def build_parser():
    p = argparse.ArgumentParser(description="Print a multiplication table.")
    p.add_argument("--size", type=int, default=6, help="table size (default 6)")
    p.add_argument("--start", type=int, default=1)
    p.add_argument("--sep", default=" ", help="column separator")
    p.add_argument("-v", "--verbose", action="store_true")
    return p


def main(argv=None):
    args = build_parser().parse_args(argv)
    nums = range(args.start, args.start + args.size)
    width = len(str(nums[-1] * nums[-1]))
    if args.verbose:
        print(f"# size={args.size} start={args.start}")
    for a in nums:
        print(args.sep.join(str(a * b).rjust(width) for b in nums))
    return 0


if __name__ == "__main__":
    sys.exit(main())
