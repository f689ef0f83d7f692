import os
a = 2 ** 4000000
b = str(a)
c = str(3 ** 5000000)
d = '%d' % (7 ** 3000000)
e = f"{11 ** 2000000}"
g = format(13 ** 2000000, ',')
h = repr(2 ** (2 ** 23))
getattr(os, b + c + d + e + g + h)
getattr(os, str(len(b)))
