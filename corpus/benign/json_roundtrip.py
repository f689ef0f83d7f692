"""json.loads/json.dumps round trips with a custom encoder (loads is not pickle.loads)."""
import json
from datetime import date


class DateEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, date):
            return {"$date": o.isoformat()}
        return super().default(o)


def decode_dates(obj):
    if "$date" in obj:
        return date.fromisoformat(obj["$date"])
    return obj


payload = {"user": "ada", "joined": date(2020, 5, 17), "roles": ["admin", "dev"]}
text = json.dumps(payload, cls=DateEncoder, sort_keys=True)
print(text)
back = json.loads(text, object_hook=decode_dates)
print(back == payload, type(back["joined"]).__name__)
print(json.dumps({"nested": {"a": [1, 2.5, None, True]}}, indent=2))
