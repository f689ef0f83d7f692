# Case games: the name is written in capitals and lowered at run time.
def f():
    pass


print(getattr(f, "__GLOBALS__".lower())["__name__"])
