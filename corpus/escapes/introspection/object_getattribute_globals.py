def f(): pass
g = object.__getattribute__(f, "__globals__")
g["__builtins__"]["eval"]("1")
