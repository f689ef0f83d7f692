"""Writing and reading files with pathlib inside a temporary directory."""
import json
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    (root / "notes").mkdir()
    (root / "notes" / "a.txt").write_text("first\nsecond\n", encoding="utf-8")
    (root / "notes" / "b.md").write_text("# title\n", encoding="utf-8")
    (root / "config.json").write_text(json.dumps({"debug": True}), encoding="utf-8")

    print(sorted(p.relative_to(root).as_posix() for p in root.rglob("*")))
    print(json.loads((root / "config.json").read_text())["debug"])
    lines = (root / "notes" / "a.txt").read_text().splitlines()
    print(lines, [p.suffix for p in sorted(root.glob("notes/*"))])
print("cleaned up:", not root.exists())
