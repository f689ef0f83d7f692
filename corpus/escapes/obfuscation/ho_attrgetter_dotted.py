from operator import attrgetter
subs = attrgetter("__class__.__base__.__subclasses__")(0)()
print(subs[:3])
