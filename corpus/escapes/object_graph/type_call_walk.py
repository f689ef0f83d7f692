# type(...) instead of __class__: reaches object without the usual attribute name.
root = type(()).__base__
for cls in root.__subclasses__():
    if cls.__name__ == "_wrap_close":
        print("found the os wrapper:", cls)
