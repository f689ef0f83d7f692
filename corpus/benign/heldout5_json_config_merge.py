# ordinary: deep-merge JSON configuration layers and pretty-print the result
import json

DEFAULTS = json.loads("""
{"server": {"host": "127.0.0.1", "port": 8000, "workers": 2},
 "logging": {"level": "INFO", "handlers": ["console"]},
 "features": {"beta": false}}
""")
OVERRIDE = json.loads('{"server": {"port": 9090}, "logging": {"handlers": ["console", "file"]}, "features": {"beta": true, "dark_mode": true}}')


def deep_merge(base, extra):
    out = dict(base)
    for key, val in extra.items():
        if isinstance(val, dict) and isinstance(out.get(key), dict):
            out[key] = deep_merge(out[key], val)
        else:
            out[key] = val
    return out


merged = deep_merge(DEFAULTS, OVERRIDE)
print(json.dumps(merged, indent=2, sort_keys=True))
assert DEFAULTS["server"]["port"] == 8000
print("round trip ok:", json.loads(json.dumps(merged)) == merged)
