import os
s = 'a ' * 10**8
a = s.split()
b = s.splitlines()
c = list(s)
d = s.translate(str.maketrans('a', 'b')) * 10
e = s.upper().lower().swapcase().title()
f = ' '.join(reversed(s.split(' ')))
g = s[::-1] + s[::2]
h = s.encode('utf-32')
i = s.partition('x') * 10**6
j = sorted(s)
getattr(os, str(len(a) + len(b) + len(c)) + d + e + f + g + h.decode('latin-1') + str(i) + str(j))
