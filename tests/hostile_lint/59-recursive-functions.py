def f(x):
    return f(x) + "a"
exec(f("x"))

def g(x):
    return h(x + x)
def h(x):
    return g(x + x)
exec(g("y"))

def k(n, s):
    return k(n - 1, s + s) if n else s
exec(k(200, "#"))

r = lambda s: r(s + s)
exec(r("q"))
