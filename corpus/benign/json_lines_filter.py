"""Filter a JSON-lines event log by type and count by user."""
import json
from collections import Counter

counts = Counter()
with open("events.jsonl") as fh:
    for line in fh:
        if not line.strip():
            continue
        event = json.loads(line)
        if event.get("type") == "login":
            counts[event["user"]] += 1

for user, n in counts.most_common(5):
    print(user, n)
