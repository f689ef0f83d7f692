"""Structural pattern matching (match/case) over commands and dataclasses."""
from dataclasses import dataclass


@dataclass
class Move:
    dx: int
    dy: int


def handle(command):
    match command:
        case {"action": "say", "text": str(text)}:
            return f"saying {text}"
        case Move(dx=0, dy=0):
            return "standing still"
        case Move(dx, dy) if abs(dx) + abs(dy) > 5:
            return "too far"
        case Move(dx, dy):
            return f"moving {dx},{dy}"
        case [first, *rest]:
            return f"batch of {1 + len(rest)} starting with {first}"
        case _:
            return "unknown"


for cmd in ({"action": "say", "text": "hi"}, Move(0, 0), Move(4, 4), Move(1, 2), [1, 2, 3], 42):
    print(handle(cmd))
