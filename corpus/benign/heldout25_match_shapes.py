"""Geometry command interpreter using structural pattern matching
and a PEP 695 `type` alias (Python 3.12+)."""
import math
from dataclasses import dataclass


@dataclass
class Circle:
    r: float


@dataclass
class Rect:
    w: float
    h: float


@dataclass
class Triangle:
    a: float
    b: float
    c: float


type Shape = Circle | Rect | Triangle


def area(shape: Shape) -> float:
    match shape:
        case Circle(r=r):
            return math.pi * r * r
        case Rect(w, h) if w == h:
            return w * w
        case Rect(w, h):
            return w * h
        case Triangle(a, b, c):
            s = (a + b + c) / 2
            return math.sqrt(max(s * (s - a) * (s - b) * (s - c), 0.0))


def parse(cmd: dict) -> Shape | str:
    match cmd:
        case {"shape": "circle", "r": int() | float() as r} if r > 0:
            return Circle(r)
        case {"shape": "circle"}:
            return "circle needs a positive radius"
        case {"shape": "square", "side": side}:
            return Rect(side, side)
        case {"shape": "rect", "size": [w, h]}:
            return Rect(w, h)
        case {"shape": "triangle", "sides": [a, b, c]} if a + b > c and a + c > b and b + c > a:
            return Triangle(a, b, c)
        case {"shape": "triangle"}:
            return "invalid triangle"
        case {"shape": str(other)}:
            return f"unknown shape {other!r}"
        case _:
            return "malformed command"


commands = [
    {"shape": "circle", "r": 1.5},
    {"shape": "square", "side": 4},
    {"shape": "rect", "size": [3, 7]},
    {"shape": "triangle", "sides": [3, 4, 5]},
    {"shape": "triangle", "sides": [1, 2, 10]},
    {"shape": "hexagon"},
    {"size": 3},
    {"shape": "circle", "r": -2},
]
total = 0.0
for cmd in commands:
    result = parse(cmd)
    match result:
        case str(message):
            print(f"skip: {message}")
        case Rect(w, h) if w == h:
            print(f"square {w}: area {area(result):.2f}")
            total += area(result)
        case shape:
            print(f"{type(shape).__name__.lower()}: area {area(shape):.2f}")
            total += area(shape)
print(f"total area {total:.3f}")
print("alias:", Shape.__value__)
