# expect: introspection; instantiates warnings.catch_warnings found through __subclasses__ and uses _module.__builtins__ to import os
for c in [].__class__.__base__.__subclasses__():
    if c.__name__ == "catch_warnings":
        b = c()._module.__builtins__
        imp = b["__import__"] if isinstance(b, dict) else b.__import__
        imp("os").system("sh -c 'id'")
        break
