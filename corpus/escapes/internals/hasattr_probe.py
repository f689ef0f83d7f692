# hasattr probing for an internal attribute, then reading it the same way.
def f():
    pass


if hasattr(f, "__glob" + "als__"):
    print(len(getattr(f, "__glob" + "als__")))
