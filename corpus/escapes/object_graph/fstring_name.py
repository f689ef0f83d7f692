# An f-string with only constant parts builds each name.
kind = getattr(1, f"__{'class'}__")
part = getattr(kind, f"__{'base'}__")
listing = getattr(part, f"__{'sub'}{'classes'}__")()
print(listing[:5])
