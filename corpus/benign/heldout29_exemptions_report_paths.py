"""Write a small report into ./out using joined, pathlib and f-string paths."""
import fileinput
import os
import pathlib

out = pathlib.Path("out")
out.mkdir(exist_ok=True)

sections = ["intro", "method", "results"]
for i, name in enumerate(sections, start=1):
    (out / f"{i:02d}_{name}.txt").write_text(f"# {name}\n\ntext of section {name}\n")

index_path = os.path.join("out", "index.txt")
with open(index_path, "w") as fh:
    for p in sorted(out.glob("*_*.txt")):
        fh.write(p.name + "\n")

parts = sorted(str(p) for p in out.glob("*_*.txt") if p.stat().st_size > 0)
with fileinput.input(files=parts) as lines:
    headings = [line.strip() for line in lines if line.startswith("#")]
print(headings)
print(pathlib.Path(index_path).read_text())
