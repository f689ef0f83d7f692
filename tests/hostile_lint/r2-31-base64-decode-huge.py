import os, base64, binascii, codecs
s = 'QUFB' * 10**9
a = base64.b64decode(s)
b = base64.b32decode('MFQWC===' * 10**9)
c = base64.b16decode('41' * 10**9)
d = base64.b85decode('VPRom' * 10**9)
e = binascii.unhexlify('41' * 10**9)
f = codecs.decode('41' * 10**9, 'hex')
g = base64.a85decode('<~' + '@:E_W' * 10**9 + '~>')
getattr(os, (a + b + c + d + e + f + g).decode())
