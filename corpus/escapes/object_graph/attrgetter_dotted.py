# operator.attrgetter accepts a dotted path and walks it in one call.
from operator import attrgetter

walk = attrgetter("__class__.__base__.__subclasses__")
print(walk(())()[:5])
