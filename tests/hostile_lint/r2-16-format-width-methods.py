import os
a = format('x', '>999999999')
b = '{:>999999999}'.format('x')
c = '{0:{1}}'.format('x', 10**12)
d = '{:.{p}f}'.format(2.5, p=10**9)
e = format(3, ',.999999999f')
f = '{!r:>999999999}'.format('x')
getattr(os, a + b + c + d + e + f)
