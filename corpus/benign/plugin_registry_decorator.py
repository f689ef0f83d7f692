"""Register exporters with a decorator and pick one by name."""
import csv
import io
import json

EXPORTERS = {}


def exporter(name):
    def register(func):
        EXPORTERS[name] = func
        return func
    return register


@exporter("json")
def to_json(rows):
    return json.dumps(rows, indent=2)


@exporter("csv")
def to_csv(rows):
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]))
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


@exporter("text")
def to_text(rows):
    return "\n".join(" | ".join(str(v) for v in r.values()) for r in rows)


data = [{"id": 1, "city": "Oslo"}, {"id": 2, "city": "Lima"}]
for fmt in ("json", "csv", "text"):
    print(f"--- {fmt}")
    print(EXPORTERS[fmt](data))
print("available:", sorted(EXPORTERS))
