"""Parsing web-server log lines with named groups."""
import re
from collections import Counter

LINE = re.compile(r'(?P<ip>\d+\.\d+\.\d+\.\d+) - - \[(?P<when>[^\]]+)\] "(?P<method>\w+) (?P<path>\S+)[^"]*" (?P<status>\d{3})')
LOG = """\
10.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200
10.0.0.2 - - [10/Oct/2023:13:55:40 +0000] "POST /login HTTP/1.1" 302
10.0.0.1 - - [10/Oct/2023:13:56:01 +0000] "GET /missing HTTP/1.1" 404
10.0.0.3 - - [10/Oct/2023:13:57:12 +0000] "GET /index.html HTTP/1.1" 200
"""

hits = [m.groupdict() for m in map(LINE.match, LOG.splitlines()) if m]
print(Counter(h["status"] for h in hits))
print(Counter(h["path"] for h in hits).most_common(1))
print(re.sub(r"\d+", "#", "order 66 shipped in 3 boxes"))
