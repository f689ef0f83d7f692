# getattr hidden behind a harmless-looking name.
fetch = getattr
kind = fetch([], "__class__")
root = fetch(kind, "__base__")
print(fetch(root, "__subclasses__")())
