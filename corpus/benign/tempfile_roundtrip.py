"""Temporary files and directories for scratch work."""
import os
import shutil
import tempfile
from pathlib import Path

with tempfile.NamedTemporaryFile("w+", suffix=".txt", delete=False) as tmp:
    tmp.write("alpha\nbeta\ngamma\n")
    scratch = tmp.name
print("temp file lines:", Path(scratch).read_text().splitlines())
os.unlink(scratch)

with tempfile.TemporaryDirectory(prefix="build-") as workdir:
    src = Path(workdir, "src")
    src.mkdir()
    for name in ("a.py", "b.py", "README"):
        (src / name).write_text(f"# {name}\n")
    dist = Path(workdir, "dist")
    shutil.copytree(src, dist, ignore=shutil.ignore_patterns("README"))
    print("copied:", sorted(p.name for p in dist.iterdir()))
    archive = shutil.make_archive(os.path.join(workdir, "bundle"), "zip", dist)
    print("archive size:", os.path.getsize(archive) > 0)

spooled = tempfile.SpooledTemporaryFile(max_size=100)
spooled.write(b"small data stays in memory")
spooled.seek(0)
print(spooled.read())
spooled.close()
