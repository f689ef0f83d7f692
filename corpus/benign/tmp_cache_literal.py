"""Tiny on-disk memo cache kept under /tmp so it disappears on reboot."""
import hashlib
import json
import os

CACHE_DIR = "/tmp/thumbnailer-cache"
os.makedirs(CACHE_DIR, exist_ok=True)


def cached(key, compute):
    name = hashlib.sha256(key.encode()).hexdigest()[:16] + ".json"
    path = os.path.join(CACHE_DIR, name)
    if os.path.exists(path):
        with open(path) as fh:
            return json.load(fh)
    value = compute()
    with open(path, "w") as fh:
        json.dump(value, fh)
    return value


print(cached("sizes:photo-1", lambda: {"w": 640, "h": 480}))
