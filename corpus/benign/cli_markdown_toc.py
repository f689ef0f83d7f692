"""Generate a table of contents for a markdown document."""
import argparse
import re

DOC = """# Project
Intro text.
## Install
### From source
## Usage
### Options
### Examples
## License
"""

HEADING = re.compile(r"^(#{1,6})\s+(.*)$")


def slug(text):
    text = re.sub(r"[^\w\s-]", "", text.lower())
    return re.sub(r"\s+", "-", text.strip())


def toc(markdown, max_level=3):
    lines = []
    for line in markdown.splitlines():
        m = HEADING.match(line)
        if not m:
            continue
        level = len(m.group(1))
        if level > max_level:
            continue
        title = m.group(2)
        lines.append(f"{'  ' * (level - 1)}- [{title}](#{slug(title)})")
    return "\n".join(lines)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--max-level", type=int, default=3)
    ap.add_argument("path", nargs="?")
    ns = ap.parse_args([])
    text = open(ns.path).read() if ns.path else DOC
    print(toc(text, ns.max_level))
