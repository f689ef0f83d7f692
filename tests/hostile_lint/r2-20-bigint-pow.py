import os
a = 2 ** 10 ** 10
b = 10 ** 10 ** 8
c = 1 << 10 ** 10
d = pow(7, 10 ** 9)
e = 3 ** 3 ** 3 ** 3
f = (10 ** 9) ** (10 ** 9)
g = -(2 ** 62) ** 2 ** 40
h = 2 ** 2 ** 2 ** 2 ** 2
getattr(os, str(a) + str(b) + str(c) + str(d) + str(e) + str(f) + str(g) + str(h))
