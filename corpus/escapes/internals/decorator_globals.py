# The decorator receives the function and walks to its builtins.
@lambda fn: fn.__globals__["__builtins__"]
def probe():
    pass


print(probe)
