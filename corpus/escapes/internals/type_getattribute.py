# type.__getattribute__ fetches class attributes past a metaclass guard.
fetch = type.__getattribute__
listing = fetch(object, "__subclasses__")()
print(len(listing))
print(listing[:3])
