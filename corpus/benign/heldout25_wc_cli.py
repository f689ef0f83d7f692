#!/usr/bin/env python3
"""wc-like command line tool with a few extras.

usage: t01_wc_cli.py [-l] [-w] [-c] [--top N] [--ignore-case] FILE [FILE ...]
"""
import argparse
import re
import sys
from collections import Counter


def build_parser():
    p = argparse.ArgumentParser(prog="wcx", description="count lines, words and characters")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("-l", "--lines", action="store_true", help="print line counts")
    p.add_argument("-w", "--words", action="store_true", help="print word counts")
    p.add_argument("-c", "--chars", action="store_true", help="print character counts")
    p.add_argument("--top", type=int, default=0, metavar="N", help="show N most common words")
    p.add_argument("--ignore-case", action="store_true")
    p.add_argument("--min-length", type=int, default=1, choices=range(1, 10))
    return p


def count(text, ignore_case, min_length):
    words = re.findall(r"[\w']+", text.lower() if ignore_case else text)
    words = [w for w in words if len(w) >= min_length]
    return text.count("\n"), len(words), len(text), Counter(words)


def main(argv=None):
    args = build_parser().parse_args(argv)
    show = [args.lines, args.words, args.chars]
    if not any(show):
        show = [True, True, True]
    grand = [0, 0, 0]
    combined = Counter()
    for name in args.files:
        try:
            with open(name, encoding="utf-8") as fh:
                text = fh.read()
        except OSError as exc:
            print(f"wcx: {name}: {exc.strerror}", file=sys.stderr)
            continue
        lines, words, chars, freq = count(text, args.ignore_case, args.min_length)
        combined.update(freq)
        values = [lines, words, chars]
        grand = [g + v for g, v in zip(grand, values)]
        print(" ".join(f"{v:7d}" for v, s in zip(values, show) if s), name)
    if len(args.files) > 1:
        print(" ".join(f"{v:7d}" for v, s in zip(grand, show) if s), "total")
    if args.top:
        for word, n in combined.most_common(args.top):
            print(f"{n:4d} {word}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
