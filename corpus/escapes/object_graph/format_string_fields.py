# str.format follows attribute names inside the replacement field; the walk
# happens inside the string, leaking the bound method and its owner.
leak = "{0.__class__.__base__.__subclasses__}".format(())
print(leak)
print(len(leak))
