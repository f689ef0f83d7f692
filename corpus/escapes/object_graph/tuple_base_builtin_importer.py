# From an empty tuple to object via __base__, then find BuiltinImporter among the
# subclasses and use it to load the posix module by hand.
obj = ().__class__.__base__
importer = next(c for c in obj.__subclasses__() if c.__name__ == "BuiltinImporter")
posix = importer.load_module("posix")
print(posix.getcwd())
