"""Exercise a small file-processing pipeline inside a throwaway directory."""
import shutil
import tempfile
from pathlib import Path


def normalise_line_endings(src: Path, dst: Path) -> int:
    text = src.read_bytes().replace(b"\r\n", b"\n")
    dst.write_bytes(text)
    return text.count(b"\n")


with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    (root / "in").mkdir()
    (root / "in" / "a.txt").write_bytes(b"one\r\ntwo\r\n")
    shutil.copytree(root / "in", root / "backup")
    lines = normalise_line_endings(root / "in" / "a.txt", root / "a.unix.txt")
    print("converted", lines, "lines;", sorted(p.name for p in root.iterdir()))
