"""Look up enum members by name and by value from user-facing strings."""
from enum import Enum


class Priority(Enum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


def parse_priority(text):
    text = text.strip()
    if text.isdigit():
        return Priority(int(text))
    return Priority[text.upper()]


for raw in ["high", "2", "Low"]:
    p = parse_priority(raw)
    print(raw, "->", p.name, p.value)
