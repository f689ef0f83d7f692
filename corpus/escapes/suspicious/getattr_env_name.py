import os
obj = ().__class__
name = os.environ.get("PROBE", "__name__")
print(getattr(obj, name))
