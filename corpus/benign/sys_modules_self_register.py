"""A module that registers handlers on itself via sys.modules[__name__]."""
import sys

_this = sys.modules[__name__]
HANDLERS = []


def handler(func):
    HANDLERS.append(func.__name__)
    return func


@handler
def on_start():
    return "starting"


@handler
def on_stop():
    return "stopping"


def dispatch(event):
    func = getattr(_this, f"on_{event}", None)
    return func() if func else f"no handler for {event}"


def constants():
    return {k: v for k, v in vars(_this).items() if k.isupper()}


VERSION = "1.4"
print(dispatch("start"), dispatch("stop"), dispatch("pause"))
print("handlers:", HANDLERS)
print("module constants:", sorted(constants()))
print("this module is", _this.__name__)
