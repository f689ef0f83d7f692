import os
a = bytes(10**10)
b = bytearray(10**10)
c = (0).to_bytes(10**10, 'big')
d = b'\0' * 10**10
e = 'x' * 10**10
f = [0] * 10**10
g = (0,) * 10**10
h = int.to_bytes(1, 2**40, 'little')
getattr(os, a.decode() + e)
getattr(os, str(len(f) + len(g)))
getattr(os, (b + c + d + h).decode())
