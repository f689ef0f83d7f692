# The name is a module-level constant assigned once, then used by getattr.
KEY = "__glob" + "als__"


def f():
    pass


print(getattr(f, KEY))
