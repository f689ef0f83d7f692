"""Write a file atomically: write to a temp file in the same folder, then rename."""
import json
import os
import tempfile


def atomic_write_json(path, payload):
    folder = os.path.dirname(os.path.abspath(path)) or "."
    fd, tmp_path = tempfile.mkstemp(dir=folder, prefix=".tmp-", suffix=".json")
    try:
        with os.fdopen(fd, "w") as fh:
            json.dump(payload, fh, indent=2)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_path, path)
    except BaseException:
        os.unlink(tmp_path)
        raise


atomic_write_json("state.json", {"version": 3, "items": [1, 2, 3]})
