# expect: all-accounted
# (The audit hook survives this hunt, so the start is seen and accounted for.)
# Hunt the heap for Python-level audit hooks (functions named like *audit* or
# *hook* taking two arguments) and swap their code for a do-nothing body,
# then run sort through subprocess. C-level hooks are out of reach of this.
import gc
import subprocess
import types

def _quiet(event, args):
    return None

swapped = 0
for obj in gc.get_objects():
    if not isinstance(obj, types.FunctionType) or obj is _quiet:
        continue
    name = obj.__name__.lower()
    if name.startswith("__") or "importlib" in (obj.__module__ or ""):
        continue
    if ("audit" in name or name.endswith("hook")) and obj.__code__.co_argcount == 2:
        try:
            obj.__code__ = _quiet.__code__
            swapped += 1
        except Exception:
            pass
out = subprocess.check_output(["sort"], input=b"pear\napple\n")
print("hooks swapped:", swapped, "| sorted:", out.decode().split())
