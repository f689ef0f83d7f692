"""Serialize selected attributes of objects for an API response."""
from datetime import date


class Invoice:
    def __init__(self, number, total, issued):
        self.number = number
        self.total = total
        self.issued = issued
        self._internal_note = "do not export"


def to_dict(obj, fields):
    out = {}
    for field in fields:
        value = getattr(obj, field)
        out[field] = value.isoformat() if isinstance(value, date) else value
    return out


inv = Invoice("INV-7", 120.0, date(2024, 5, 1))
print(to_dict(inv, ["number", "total", "issued"]))
