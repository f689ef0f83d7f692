def deco(arg):
    def wrap(fn):
        exec(arg)
        return fn
    return wrap

@deco("x=1;" * 10**9)
@deco(str([["z" * 10**6] * 10**6] * 10**6))
@deco("".join(chr(65 + i % 26) for i in range(10**10)))
def target():
    pass
