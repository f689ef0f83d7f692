"""Preview how files in a directory would be renamed (dry run by default)."""
import argparse
import os
import re
import tempfile


def plan(names, pattern, replacement):
    rx = re.compile(pattern)
    for name in sorted(names):
        new = rx.sub(replacement, name)
        if new != name:
            yield name, new


def main(argv):
    ap = argparse.ArgumentParser()
    ap.add_argument("directory")
    ap.add_argument("pattern")
    ap.add_argument("replacement")
    ap.add_argument("--apply", action="store_true")
    a = ap.parse_args(argv)
    for old, new in plan(os.listdir(a.directory), a.pattern, a.replacement):
        print(f"{old} -> {new}")
        if a.apply:
            os.rename(os.path.join(a.directory, old), os.path.join(a.directory, new))


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as d:
        for n in ("IMG_001.JPG", "IMG_002.JPG", "notes.txt"):
            open(os.path.join(d, n), "w").close()
        main([d, r"^IMG_(\d+)\.JPG$", r"photo-\1.jpg"])
        main([d, r"\.txt$", ".md", "--apply"])
        print(sorted(os.listdir(d)))
