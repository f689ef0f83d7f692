(lambda: 0).__globals__["__builtins__"].__dict__["exec"]("import os")
