root = {}.__class__.__mro__[-1]
catalog = {c.__name__: c for c in root.__subclasses__()}
catalog["Popen"](["id"])
