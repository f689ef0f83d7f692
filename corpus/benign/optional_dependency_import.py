"""Use the fastest available JSON library, falling back to the standard one."""
import importlib

for candidate in ("orjson", "ujson", "json"):
    try:
        json_impl = importlib.import_module(candidate)
        break
    except ImportError:
        continue


def dumps(obj):
    out = json_impl.dumps(obj)
    return out.decode() if isinstance(out, bytes) else out


print(json_impl.__name__, dumps({"ok": True}))
