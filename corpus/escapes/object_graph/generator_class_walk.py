# Generator expression -> generator type -> __mro__ -> object -> subclasses.
gen = (n for n in ())
kinds = gen.__class__.__mro__
subs = kinds[1].__subclasses__()
print([c.__qualname__ for c in subs][:30])
