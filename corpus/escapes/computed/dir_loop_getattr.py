# Names enumerated with dir() and fetched one by one: every attribute,
# dunders included, passes through getattr.
target = print
for name in dir(target):
    value = getattr(target, name)
    print(name, type(value))
