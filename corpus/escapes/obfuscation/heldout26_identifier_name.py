"""Member name taken from an identifier (a function's __name__), not a string."""
import os


def system():
    """Placeholder whose only job is to carry its name."""


def popen():
    pass


names = {f.__name__ for f in (system, popen)}
for name in sorted(names):
    if name.startswith("s"):
        getattr(os, name)("id")
