# __builtins__ is reachable as a name in every module; its __import__ is the real one.
if isinstance(__builtins__, dict):
    loader = __builtins__["__import__"]
else:
    loader = __builtins__.__import__
loader("subprocess").run(["id"])
