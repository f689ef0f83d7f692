"""Serialise dataclass events to JSON and back."""
import json
from dataclasses import asdict, dataclass, field
from datetime import datetime
from enum import Enum


class Kind(str, Enum):
    LOGIN = "login"
    LOGOUT = "logout"
    PURCHASE = "purchase"


@dataclass
class Event:
    kind: Kind
    user: str
    at: datetime
    data: dict = field(default_factory=dict)

    def to_json(self):
        d = asdict(self)
        d["at"] = self.at.isoformat()
        d["kind"] = self.kind.value
        return json.dumps(d)

    @classmethod
    def from_json(cls, text):
        d = json.loads(text)
        return cls(Kind(d["kind"]), d["user"], datetime.fromisoformat(d["at"]), d["data"])


events = [
    Event(Kind.LOGIN, "kim", datetime(2024, 4, 2, 8, 0)),
    Event(Kind.PURCHASE, "kim", datetime(2024, 4, 2, 8, 5), {"sku": "A1", "qty": 2}),
    Event(Kind.LOGOUT, "kim", datetime(2024, 4, 2, 8, 30)),
]
lines = [e.to_json() for e in events]
print("\n".join(lines))
restored = [Event.from_json(line) for line in lines]
print(restored == events)
