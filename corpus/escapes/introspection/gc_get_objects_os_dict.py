# expect: introspection; searches gc.get_objects() for the os module's namespace dict and calls its system
import gc

for obj in gc.get_objects():
    if isinstance(obj, dict) and obj.get("__name__") == "os" and "system" in obj:
        obj["system"]("id")
        break
