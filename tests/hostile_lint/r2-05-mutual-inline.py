import os
def a(x):
    return b(x) + b(x) + c(x)
def b(x):
    return c(x) + a(x) + c(x + x)
def c(x):
    return a(x + x) + b(x) + x
getattr(os, a('s'))
getattr(os, b('t'))
getattr(os, c('u'))
exec(a('v'))
