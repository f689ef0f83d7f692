"""Create a zip archive in a temp dir and inspect its members without extracting."""
import io
import json
import tempfile
import zipfile
from pathlib import Path

files = {
    "data/records.json": json.dumps([{"id": i} for i in range(5)]),
    "data/readme.txt": "sample dataset\n",
    "meta.txt": "version=3\n",
}

with tempfile.TemporaryDirectory() as tmp:
    archive = Path(tmp) / "dataset.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, content in files.items():
            zf.writestr(name, content)

    with zipfile.ZipFile(archive) as zf:
        for info in zf.infolist():
            print(f"{info.filename:<20}{info.file_size:>6}{info.compress_size:>6}")
        records = json.loads(zf.read("data/records.json"))
        print("records:", len(records))
        with zf.open("meta.txt") as fh:
            print(io.TextIOWrapper(fh).read().strip())
        print("test result:", zf.testzip())
