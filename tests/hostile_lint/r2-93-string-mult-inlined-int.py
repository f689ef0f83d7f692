import os
def n():
    return 10 ** 5
def m():
    return n() * n()
def big():
    return m() * m()
s = 'a' * big()
getattr(os, s)
t = ['x'] * big()
getattr(os, ''.join(t))
u = bytes(big()) + bytearray(big())
exec(u)
