# gc.get_objects named with a concatenation.
import gc as collector

objs = getattr(collector, "get_" + "objects")()
print(len(objs))
