import os
a = ''.join(map(chr, map(ord, 'system' * 10**8)))
b = ''.join(chr(ord(c) ^ 1) for c in 'x' * 10**9)
c = bytes(map(lambda x: x ^ 0x20, b'SYSTEM' * 10**8))
d = list(map(lambda x: chr(x % 256) * x, range(10**6)))
getattr(os, a + b + c.decode() + ''.join(d))
