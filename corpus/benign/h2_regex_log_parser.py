"""Parse access-log lines (from ./access.log) into dicts and count status codes."""
import re
from collections import Counter

LINE = re.compile(r'(?P<ip>\S+) \S+ \S+ \[(?P<when>[^\]]+)\] "(?P<method>\S+) (?P<path>\S+) [^"]+" (?P<status>\d{3}) (?P<size>\d+|-)')

statuses = Counter()
with open("access.log") as fh:
    for line in fh:
        m = LINE.match(line)
        if m:
            statuses[m.group("status")] += 1
print(statuses.most_common())
