"""A command registry filled by a decorator with an argument."""
from typing import Callable, Dict

COMMANDS: Dict[str, Callable[..., str]] = {}


def command(name):
    def register(func):
        COMMANDS[name] = func
        return func
    return register


@command("greet")
def greet(who="world"):
    return f"hello, {who}"


@command("shout")
def shout(text):
    return text.upper() + "!"


def dispatch(line):
    name, *args = line.split()
    handler = COMMANDS.get(name)
    if handler is None:
        return f"unknown command {name!r}"
    return handler(*args)


for line in ("greet", "greet Ada", "shout hi", "launch"):
    print(dispatch(line))
