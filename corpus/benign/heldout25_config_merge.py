import json


def deep_merge(base, override, path=""):
    """Return a new dict: nested dicts merged, everything else replaced."""
    result = dict(base)
    changes = []
    for key, value in override.items():
        here = f"{path}.{key}" if path else key
        if isinstance(value, dict) and isinstance(result.get(key), dict):
            result[key], sub = deep_merge(result[key], value, here)
            changes.extend(sub)
        else:
            if key not in result:
                changes.append(("added", here, value))
            elif result[key] != value:
                changes.append(("changed", here, value))
            result[key] = value
    return result, changes


def flatten(d, prefix=""):
    for k, v in d.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict):
            yield from flatten(v, key + ".")
        else:
            yield key, v


def main():
    with open("d02_settings_base.json", encoding="utf-8") as fh:
        base = json.load(fh)
    with open("d02_settings_local.json", encoding="utf-8") as fh:
        local = json.load(fh)

    merged, changes = deep_merge(base, local)
    for kind, where, value in changes:
        print(f"{kind:>7}: {where} = {json.dumps(value)}")

    with open("d02_settings_merged.json", "w", encoding="utf-8") as fh:
        json.dump(merged, fh, indent=2, sort_keys=True)
        fh.write("\n")

    print("flattened:")
    for key, value in sorted(flatten(merged)):
        print(f"  {key}={value}")
    assert merged["database"]["pool"] == {"min": 1, "max": 3}


main()
