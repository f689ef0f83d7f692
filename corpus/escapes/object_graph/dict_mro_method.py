# mro() called as a method on the dict type (not the __mro__ attribute).
chain = {}.__class__.mro()
base = chain[1]
names = [c.__name__ for c in base.__subclasses__()]
print(len(names), names[:20])
