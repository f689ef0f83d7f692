"""Use slots=True on Python 3.10+, plain dataclass otherwise."""
import sys
from dataclasses import dataclass

_kw = {"slots": True} if sys.version_info >= (3, 10) else {}


@dataclass(**_kw)
class Pixel:
    x: int
    y: int
    rgb: tuple = (0, 0, 0)


p = Pixel(3, 4)
print(p, hasattr(p, "__dict__"))
