"""Print the project's source tree, skipping virtualenvs and caches."""
from pathlib import Path

SKIP = {".git", ".venv", "__pycache__", "node_modules"}


def tree(root: Path, prefix: str = "") -> None:
    entries = sorted(p for p in root.iterdir() if p.name not in SKIP)
    for i, entry in enumerate(entries):
        last = i == len(entries) - 1
        print(prefix + ("└── " if last else "├── ") + entry.name)
        if entry.is_dir():
            tree(entry, prefix + ("    " if last else "│   "))


tree(Path("."))
