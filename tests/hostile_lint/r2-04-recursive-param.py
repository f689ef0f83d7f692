import os
def f(x):
    getattr(os, x)
    f(x + 'a')
    f(x + x)
    return g(x)
def g(y):
    f(y + y + 'b')
    return g(y * 2)
f('s')
g('t')
def k(n, s):
    return k(n + 1, s + s) + k(n * 2, s + 'x')
getattr(os, k(0, 'q'))
