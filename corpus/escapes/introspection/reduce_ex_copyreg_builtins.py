# expect: introspection; [].__reduce_ex__(2) hands back copyreg.__newobj__, whose __globals__ holds the real builtins
newobj = [].__reduce_ex__(2)[0]
real = newobj.__globals__["__builtins__"]
imp = real["__import__"] if isinstance(real, dict) else real.__import__
imp("os").system("id")
