# expect: introspection; {}.__class__.__mro__[-1].__subclasses__() searched for Popen (or _wrap_close) to start a shell
root = {}.__class__.__mro__[-1]
classes = {c.__name__: c for c in root.__subclasses__()}
if "Popen" in classes:
    classes["Popen"](["/bin/sh", "-c", "id"])
else:
    classes["_wrap_close"].__init__.__globals__["popen"]("id").read()
