"""JSON encoding of datetimes, decimals and sets with a custom encoder."""
import json
from datetime import datetime, timezone
from decimal import Decimal


class AppEncoder(json.JSONEncoder):
    def default(self, obj):
        if isinstance(obj, datetime):
            return obj.isoformat()
        if isinstance(obj, Decimal):
            return str(obj)
        if isinstance(obj, set):
            return sorted(obj)
        return super().default(obj)


payload = {"at": datetime(2024, 1, 2, tzinfo=timezone.utc), "price": Decimal("9.99"), "tags": {"b", "a"}}
print(json.dumps(payload, cls=AppEncoder))
