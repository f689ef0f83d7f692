"""Create a small project skeleton in the working directory, then walk it
with pathlib and print a tree with sizes plus per-extension statistics."""
from collections import defaultdict
from pathlib import Path

ROOT = Path("t05_project")

LAYOUT = {
    "README.md": "# Demo project\n\nSome words about it.\n",
    "setup.cfg": "[metadata]\nname = demo\n",
    "src/demo/__init__.py": "__version__ = '0.1'\n",
    "src/demo/core.py": "def add(a, b):\n    return a + b\n" * 3,
    "src/demo/util/strings.py": "def shout(s):\n    return s.upper()\n",
    "tests/test_core.py": "from demo.core import add\n\ndef test_add():\n    assert add(1, 2) == 3\n",
    "docs/index.md": "Welcome\n=======\n",
    "docs/img/.keep": "",
}


def build():
    for rel, content in LAYOUT.items():
        path = ROOT / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")


def tree(directory, prefix=""):
    entries = sorted(directory.iterdir(), key=lambda p: (p.is_file(), p.name))
    for i, entry in enumerate(entries):
        last = i == len(entries) - 1
        connector = "└── " if last else "├── "
        if entry.is_dir():
            print(f"{prefix}{connector}{entry.name}/")
            tree(entry, prefix + ("    " if last else "│   "))
        else:
            print(f"{prefix}{connector}{entry.name} ({entry.stat().st_size} B)")


def main():
    build()
    print(f"{ROOT}/")
    tree(ROOT)

    stats = defaultdict(lambda: [0, 0])
    for path in ROOT.rglob("*"):
        if path.is_file():
            ext = path.suffix or "(none)"
            stats[ext][0] += 1
            stats[ext][1] += path.stat().st_size
    print()
    for ext, (n, size) in sorted(stats.items()):
        print(f"{ext:<8} files={n} bytes={size}")

    py_files = sorted(p.relative_to(ROOT).as_posix() for p in ROOT.rglob("*.py"))
    print("python files:", py_files)
    packages = sorted(p.parent.relative_to(ROOT).as_posix() for p in ROOT.glob("src/**/__init__.py"))
    print("packages:", packages)
    empty = [p.name for p in ROOT.rglob("*") if p.is_file() and p.stat().st_size == 0]
    print("empty files:", empty)
    here = Path.cwd()
    print("project inside cwd:", ROOT.resolve().is_relative_to(here))


if __name__ == "__main__":
    main()
