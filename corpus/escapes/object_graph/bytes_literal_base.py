# Bytes literal as the starting point of the walk.
base = b"".__class__.__base__
for cls in base.__subclasses__():
    if cls.__name__ == "FileLoader":
        print(cls.get_data)
