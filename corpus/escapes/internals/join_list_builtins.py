# ''.join over a list of literal fragments.
def f():
    pass


name = "".join(["__", "glob", "als", "__"])
table = getattr(f, name)["".join(["__", "builtins", "__"])]
print(table)
