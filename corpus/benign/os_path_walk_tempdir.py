"""Plain `import os` for path handling: makedirs, walk, listdir, remove in a temp dir."""
import os
import tempfile

with tempfile.TemporaryDirectory() as base:
    for sub in ("src", os.path.join("src", "pkg"), "docs"):
        os.makedirs(os.path.join(base, sub), exist_ok=True)
    for rel in ("src/main.py", "src/pkg/__init__.py", "docs/index.md"):
        with open(os.path.join(base, *rel.split("/")), "w", encoding="utf-8") as fh:
            fh.write("# placeholder\n")

    found = []
    for dirpath, dirnames, filenames in os.walk(base):
        dirnames.sort()
        for name in sorted(filenames):
            found.append(os.path.relpath(os.path.join(dirpath, name), base))
    print(found)
    os.remove(os.path.join(base, "docs", "index.md"))
    print(os.listdir(os.path.join(base, "docs")), os.path.getsize(os.path.join(base, "src", "main.py")))
