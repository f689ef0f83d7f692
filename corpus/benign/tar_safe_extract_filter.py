"""Unpack a downloaded dataset tarball into a temp dir using the 'data' extraction filter."""
import tarfile
import tempfile
from pathlib import Path

archive = Path("downloads") / "dataset-v2.tar.gz"
with tempfile.TemporaryDirectory() as tmp:
    with tarfile.open(archive) as tar:
        tar.extractall(tmp, filter="data")
    files = sorted(p.relative_to(tmp).as_posix() for p in Path(tmp).rglob("*") if p.is_file())
    print(len(files), "files, e.g.", files[:3])
