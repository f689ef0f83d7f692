# Unix sockets "stay in the jail": their creation and a connect to a path in the
# scratch do not count. The scratch path is a link with a relative target
# (links to relative targets: no finding) that leads to the host's Docker
# socket, which is then asked for its containers.
import os
import socket
import tempfile

base = tempfile.mkdtemp()
link = os.path.join(base, "engine")
os.symlink("../../run", link)          # /tmp/tmpXXXX/engine -> /run
s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.settimeout(2)
try:
    s.connect(os.path.join(link, "docker.sock"))
    s.sendall(b"GET /containers/json HTTP/1.0\r\n\r\n")
    print(s.recv(65536).decode(errors="replace"))
except OSError as exc:
    print("no engine:", exc)
finally:
    s.close()
