# expect: introspection; walks object's subclasses with dunder names built by a helper, reaches os.system via _wrap_close.__init__.__globals__
def dunder(word):
    return "__%s__" % word


base = getattr(getattr((), dunder("class")), dunder("base"))
for cls in getattr(base, dunder("subclasses"))():
    if cls.__name__ == "".join(["_wrap", "_close"]):
        namespace = getattr(getattr(cls, dunder("init")), dunder("globals"))
        namespace["sys" + "tem"]("id")
        break
