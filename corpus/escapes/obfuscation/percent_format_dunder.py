def f(): pass
g = getattr(f, "__%s__" % "globals")
g["__builtins__"]
