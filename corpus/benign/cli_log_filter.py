"""Filter log lines by level from a relative log file (demo data if missing)."""
import argparse
import re
from collections import Counter

LEVELS = ["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]
LINE = re.compile(r"^(?P<ts>\S+ \S+) (?P<level>[A-Z]+) (?P<msg>.*)$")
DEMO = """2024-05-01 10:00:01 INFO service started
2024-05-01 10:00:02 DEBUG config loaded
2024-05-01 10:01:13 WARNING slow response 1.8s
2024-05-01 10:02:44 ERROR upstream timeout
2024-05-01 10:03:00 INFO request ok
"""


def parse_lines(lines):
    for raw in lines:
        m = LINE.match(raw.rstrip("\n"))
        if m:
            yield m.groupdict()


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--min-level", default="INFO", choices=LEVELS)
    ap.add_argument("--file", default=None, help="log file in the working directory")
    args = ap.parse_args(argv)
    lines = open(args.file).readlines() if args.file else DEMO.splitlines()
    threshold = LEVELS.index(args.min_level)
    seen = Counter()
    for rec in parse_lines(lines):
        seen[rec["level"]] += 1
        if LEVELS.index(rec["level"]) >= threshold:
            print(f"[{rec['level']:<7}] {rec['msg']}")
    print("summary:", dict(seen))


if __name__ == "__main__":
    main(["--min-level", "WARNING"])
