ga = getattr
walk = ga(ga(ga((), "__class__"), "__base__"), "__subclasses__")()
print(len(walk))
