"""A tiny grep: search a pattern in the files given on the command line (or stdin)."""
import argparse
import fileinput
import re

parser = argparse.ArgumentParser()
parser.add_argument("pattern")
parser.add_argument("files", nargs="*")
parser.add_argument("-i", action="store_true", help="ignore case")
args = parser.parse_args()

rx = re.compile(args.pattern, re.I if args.i else 0)
for line in fileinput.input(args.files or ("-",)):
    if rx.search(line):
        print(f"{fileinput.filename()}:{fileinput.filelineno()}: {line.rstrip()}")
