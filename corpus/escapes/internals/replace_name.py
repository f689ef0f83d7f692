# str.replace removes a filler character from the attribute name.
def f():
    return 1


print(getattr(f, "__c#o#d#e__".replace("#", "")).co_code)
