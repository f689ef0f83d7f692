# Parse an Apache-style access log and write an hourly report.
import re
from collections import Counter, defaultdict
from datetime import datetime

LINE_RE = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \S+ \S+ \[(?P<ts>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/[\d.]+" (?P<status>\d{3}) (?P<size>\d+)'
)


def parse(lines):
    for lineno, line in enumerate(lines, 1):
        m = LINE_RE.match(line)
        if not m:
            print(f"skipping line {lineno}: {line.strip()[:30]!r}")
            continue
        rec = m.groupdict()
        rec["ts"] = datetime.strptime(rec["ts"], "%d/%b/%Y:%H:%M:%S %z")
        rec["status"] = int(rec["status"])
        rec["size"] = int(rec["size"])
        rec["path"] = rec["path"].split("?", 1)[0]
        yield rec


def main():
    with open("d03_access.log", encoding="utf-8") as fh:
        records = list(parse(fh))
    per_hour = defaultdict(lambda: {"hits": 0, "bytes": 0, "errors": 0})
    for r in records:
        bucket = per_hour[r["ts"].strftime("%Y-%m-%d %H:00")]
        bucket["hits"] += 1
        bucket["bytes"] += r["size"]
        bucket["errors"] += r["status"] >= 400
    statuses = Counter(r["status"] // 100 * 100 for r in records)
    paths = Counter(r["path"] for r in records)
    span = records[-1]["ts"] - records[0]["ts"]

    lines = ["hour,hits,bytes,errors"]
    for hour in sorted(per_hour):
        b = per_hour[hour]
        lines.append(f"{hour},{b['hits']},{b['bytes']},{b['errors']}")
    with open("d03_hourly.csv", "w", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")

    print("\n".join(lines))
    print("status classes:", dict(sorted(statuses.items())))
    print("top paths:", paths.most_common(3))
    print("time span:", span)


main()
