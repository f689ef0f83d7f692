import os
a = sorted(set(str(i) for i in range(10**8)))
b = {str(i): i for i in range(10**8)}
c = list(reversed(list(range(10**9))))
d = min(range(10**15)), max(range(10**15))
e = any(x == -1 for x in range(10**15))
f = 'x' in 'a' * 10**10
g = ('a' * 10**9).count('a') + ('a' * 10**9).find('b')
h = ('ab' * 10**9).replace('ab', 'ba')
getattr(os, str(a) + str(b) + str(c) + str(d) + str(e) + str(f) + str(g) + h)
