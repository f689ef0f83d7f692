import os
a = list(range(10**10))
b = ''.join(map(chr, range(10**9)))
c = sum(range(10**15))
d = [i * i for i in range(10**10)]
e = set(range(10**10))
f = dict.fromkeys(range(10**10))
g = sorted(range(10**10), reverse=True)
h = tuple(map(str, range(10**10)))
i = ''.join(str(x) for x in range(10**10))
j = range(10**18)[::-1][:10**10]
getattr(os, b + i)
getattr(os, str(a) + str(c) + str(d) + str(e) + str(f) + str(g) + str(h) + str(list(j)))
