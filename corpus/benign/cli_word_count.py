"""A tiny wc clone. Reads files named on the command line, or a sample text."""
import argparse
import sys

SAMPLE = "one two three\nfour five\n\nsix\n"


def count(text):
    lines = text.count("\n")
    words = len(text.split())
    chars = len(text)
    return lines, words, chars


def build_parser():
    p = argparse.ArgumentParser(description="count lines, words and characters")
    p.add_argument("files", nargs="*", help="files to read (relative paths)")
    p.add_argument("-l", "--lines", action="store_true")
    p.add_argument("-w", "--words", action="store_true")
    return p


def main(argv=None):
    args = build_parser().parse_args(argv)
    sources = [(name, open(name, encoding="utf-8").read()) for name in args.files]
    if not sources:
        sources = [("<sample>", SAMPLE)]
    for name, text in sources:
        l, w, c = count(text)
        if args.lines:
            print(l, name)
        elif args.words:
            print(w, name)
        else:
            print(f"{l:>5}{w:>6}{c:>7} {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main([]))
