# Dangerous names assembled with + and fetched with getattr.
def f():
    pass


g = getattr(f, "__glo" + "bals__")
b = g["__buil" + "tins__"]
print(type(b))
