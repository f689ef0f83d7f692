# A builtin function's class leads to object just as well as a literal does.
kind = print.__class__
root = kind.__base__
loaded = root.__subclasses__()
print([c for c in loaded if c.__module__ == "os"])
