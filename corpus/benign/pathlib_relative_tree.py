"""Walk a project tree created in a temp dir and summarise it with pathlib."""
import tempfile
from collections import Counter
from pathlib import Path

LAYOUT = {
    "src/app/__init__.py": "",
    "src/app/main.py": "print('hi')\n" * 5,
    "src/app/util.py": "x = 1\n" * 12,
    "tests/test_main.py": "def test(): pass\n",
    "docs/index.md": "# Docs\n",
    "README.md": "readme\n",
}

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    for rel, body in LAYOUT.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body)

    by_ext = Counter(p.suffix or "<none>" for p in root.rglob("*") if p.is_file())
    print("files by extension:", dict(by_ext))
    for py in sorted(root.glob("src/**/*.py")):
        lines = len(py.read_text().splitlines())
        print(f"{py.relative_to(root)!s:<24}{lines:>4} lines")
    print("top-level:", sorted(p.name for p in root.iterdir()))
    print("stem/suffix:", (root / "docs/index.md").stem, (root / "docs/index.md").suffix)
