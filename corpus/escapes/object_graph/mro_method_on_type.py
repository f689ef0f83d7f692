# mro() on a builtin type name; last entry is object.
root = int.mro()[-1]
for cls in root.__subclasses__():
    if cls.__name__ == "Popen":
        cls("id")
