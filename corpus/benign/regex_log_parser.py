"""Parse web server style log lines with a compiled regular expression."""
import re
from collections import Counter

LOG = """127.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
10.0.0.4 - - [10/Oct/2023:13:55:40 +0000] "POST /api/login HTTP/1.1" 401 53
10.0.0.4 - - [10/Oct/2023:13:55:41 +0000] "POST /api/login HTTP/1.1" 200 112
192.168.1.9 - - [10/Oct/2023:13:56:02 +0000] "GET /missing HTTP/1.1" 404 0
127.0.0.1 - - [10/Oct/2023:13:57:10 +0000] "GET /index.html HTTP/1.1" 304 0
"""

LINE_RE = re.compile(
    r'(?P<ip>\S+) \S+ \S+ \[(?P<when>[^\]]+)\] "(?P<method>\w+) (?P<path>\S+) [^"]+" '
    r"(?P<status>\d{3}) (?P<size>\d+)"
)


def parse(text):
    for line in text.splitlines():
        match = LINE_RE.match(line)
        if match:
            d = match.groupdict()
            d["status"] = int(d["status"])
            d["size"] = int(d["size"])
            yield d


entries = list(parse(LOG))
print("requests:", len(entries))
print("by status:", Counter(e["status"] for e in entries))
print("by path:", Counter(e["path"] for e in entries).most_common(2))
print("bytes served:", sum(e["size"] for e in entries))
failed = [e["ip"] for e in entries if e["status"] >= 400]
print("clients with errors:", sorted(set(failed)))
