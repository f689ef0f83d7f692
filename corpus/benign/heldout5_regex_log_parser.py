# ordinary: parse web-server style log lines with re named groups and count status codes and slow requests
import re
from collections import Counter

LOG = """\
10.0.0.1 - - [12/Mar/2024:10:00:01] "GET /index.html HTTP/1.1" 200 512 0.012
10.0.0.2 - - [12/Mar/2024:10:00:02] "POST /api/login HTTP/1.1" 401 128 0.230
10.0.0.1 - - [12/Mar/2024:10:00:05] "GET /api/items?page=2 HTTP/1.1" 200 2048 1.450
malformed line here
10.0.0.3 - - [12/Mar/2024:10:01:00] "GET /missing HTTP/1.1" 404 64 0.004
10.0.0.2 - - [12/Mar/2024:10:01:30] "POST /api/login HTTP/1.1" 200 256 0.310
"""

PATTERN = re.compile(
    r'(?P<ip>\d+(?:\.\d+){3}) \S+ \S+ \[(?P<ts>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) [^"]+" (?P<status>\d{3}) (?P<size>\d+) (?P<secs>[\d.]+)'
)

statuses, by_ip, slow, bad = Counter(), Counter(), [], 0
for line in LOG.splitlines():
    m = PATTERN.match(line)
    if not m:
        bad += 1
        continue
    statuses[m["status"]] += 1
    by_ip[m["ip"]] += 1
    if float(m["secs"]) > 1.0:
        slow.append(m["path"])

print("status counts:", dict(sorted(statuses.items())))
print("busiest client:", by_ip.most_common(1)[0])
print("slow paths:", slow)
print("unparsed lines:", bad)
