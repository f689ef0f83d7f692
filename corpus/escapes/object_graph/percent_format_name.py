# printf-style formatting assembles the attribute names.
kind = getattr("", "__%s__" % "class")
root = getattr(kind, "__%s__" % "base")
listing = getattr(root, "__%s%s__" % ("sub", "classes"))()
print(listing[:5])
