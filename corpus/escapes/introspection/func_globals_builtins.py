def f(): pass
bi = f.__globals__["__builtins__"]
imp = bi["__import__"] if isinstance(bi, dict) else bi.__import__
imp("os").system("id")
