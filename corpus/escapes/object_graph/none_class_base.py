# Even None has a class, and NoneType's base is object.
root = None.__class__.__base__
found = [c for c in root.__subclasses__() if "Importer" in c.__name__]
for cls in found:
    print(cls)
