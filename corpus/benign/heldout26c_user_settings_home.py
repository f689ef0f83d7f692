"""A small CLI gradebook that remembers user preferences between runs in
the standard per-user places: $XDG_CONFIG_HOME (default ~/.config) and
$XDG_CACHE_HOME (default ~/.cache)."""
import json
import os
import pathlib
import time

APP = "gradebook"


def config_dir():
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return pathlib.Path(base) / APP


def cache_dir():
    base = os.environ.get("XDG_CACHE_HOME") or pathlib.Path.home() / ".cache"
    return pathlib.Path(base) / APP


def load_settings():
    path = config_dir() / "settings.json"
    if path.exists():
        return json.loads(path.read_text())
    return {"rounding": 1, "scale": "1-10", "runs": 0}


def save_settings(settings):
    path = config_dir() / "settings.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(settings, indent=2))
    os.replace(tmp, path)
    return path


if __name__ == "__main__":
    settings = load_settings()
    settings["runs"] += 1
    settings["last_run"] = time.strftime("%Y-%m-%d %H:%M:%S")
    print("saved to", save_settings(settings))
    cdir = cache_dir()
    cdir.mkdir(parents=True, exist_ok=True)
    (cdir / "last_averages.json").write_text(json.dumps({"ana": 7.5, "ben": 8.1}))
    print("cache:", sorted(p.name for p in cdir.iterdir()))
    print("runs so far:", settings["runs"])
