# expect: introspection; a generator yields its caller's frame (gi_frame.f_back) and the caller's builtins are used to import os
def leak():
    yield gen.gi_frame.f_back


gen = leak()
caller = next(gen)
caller.f_builtins["__import__"]("os").system("whoami")
