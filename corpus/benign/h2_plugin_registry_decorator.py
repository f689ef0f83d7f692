"""Plugins register themselves with a decorator; the app looks them up by name."""
from typing import Callable, Dict

_PLUGINS: Dict[str, Callable[[str], str]] = {}


def plugin(name: str):
    def register(func):
        _PLUGINS[name] = func
        return func
    return register


@plugin("upper")
def to_upper(text):
    return text.upper()


@plugin("reverse")
def reverse(text):
    return text[::-1]


def run(name, text):
    return _PLUGINS[name](text)


for name in sorted(_PLUGINS):
    print(name, run(name, "plugin"))
