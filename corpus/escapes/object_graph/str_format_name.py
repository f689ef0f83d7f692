# str.format with constant arguments assembles the attribute names.
chain = getattr(dict, "__{}__".format("mro"))
top = chain[-1]
listing = getattr(top, "__{0}{1}__".format("subclass", "es"))()
print(listing[:5])
