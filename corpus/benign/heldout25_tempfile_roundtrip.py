"""Safely rewrite a settings file using a temporary file in the same directory."""
import json
import os
import tempfile
from pathlib import Path

TARGET = Path("t04_settings.json")


def atomic_write_json(path: Path, data) -> None:
    fd, tmp_name = tempfile.mkstemp(prefix=".tmp-", suffix=".json", dir=path.parent or ".")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=2, sort_keys=True)
            fh.write("\n")
        os.replace(tmp_name, path)
    except BaseException:
        os.unlink(tmp_name)
        raise


def main():
    atomic_write_json(TARGET, {"version": 1, "theme": "light", "recent": []})
    for i, doc in enumerate(["a.txt", "b.txt", "c.txt"], start=2):
        data = json.loads(TARGET.read_text(encoding="utf-8"))
        data["version"] = i
        data["recent"] = ([doc] + data["recent"])[:2]
        atomic_write_json(TARGET, data)
    print(TARGET.read_text(encoding="utf-8"), end="")

    # scratch space inside the working directory, cleaned up automatically
    with tempfile.TemporaryDirectory(prefix="t04-work-", dir=".") as workdir:
        work = Path(workdir)
        for n in range(3):
            (work / f"part{n}.txt").write_text(f"chunk {n}\n" * (n + 1))
        merged = "".join(p.read_text() for p in sorted(work.glob("part*.txt")))
        print("merged lines:", merged.count("\n"), "files:", len(list(work.iterdir())))
    print("workdir removed:", not Path(workdir).exists())

    with tempfile.SpooledTemporaryFile(max_size=1024, mode="w+", dir=".") as spool:
        spool.write("small data stays in memory\n")
        spool.seek(0)
        print("spooled:", spool.read().strip())

    with tempfile.NamedTemporaryFile("w+", suffix=".csv", dir=".", delete=True) as tmp:
        tmp.write("x,y\n1,2\n3,4\n")
        tmp.flush()
        rows = Path(tmp.name).read_text().splitlines()
        print("temp csv rows:", len(rows) - 1, "suffix:", Path(tmp.name).suffix)
    leftovers = [p.name for p in Path(".").glob(".tmp-*")]
    print("leftover temp files:", leftovers)


if __name__ == "__main__":
    main()
