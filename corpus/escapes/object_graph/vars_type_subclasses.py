# vars(type) is type's namespace; the __subclasses__ descriptor is taken from
# it by key and applied to object.
slot = vars(type)["__subclasses__"]
listing = slot(object)
print(len(listing))
