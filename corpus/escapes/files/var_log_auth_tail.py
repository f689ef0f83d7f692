# expect: files; tails the host's auth log to harvest usernames and source IPs
from collections import deque

with open("/var/log/auth.log", errors="replace") as log:
    last = deque(log, maxlen=500)
for line in last:
    if "Accepted" in line or "Failed password" in line:
        print(line.rstrip())
