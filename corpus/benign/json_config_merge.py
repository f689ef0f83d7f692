"""Deep-merge config/base.json with config/<env>.json."""
import json
import os


def deep_merge(base, override):
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_merge(out[key], value)
        else:
            out[key] = value
    return out


def load(env="dev"):
    with open(os.path.join("config", "base.json")) as fh:
        base = json.load(fh)
    overlay_path = os.path.join("config", f"{env}.json")
    if os.path.exists(overlay_path):
        with open(overlay_path) as fh:
            base = deep_merge(base, json.load(fh))
    return base


print(load(os.environ.get("APP_ENV", "dev")))
