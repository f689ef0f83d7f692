"""Choose a serialisation backend through small accessor functions."""
import json
import platform


def backend():
    return json


def render(mod, value):
    return mod.dumps(value, sort_keys=True)


data = {"b": [1, 2], "a": "x"}
print(backend().dumps(data, indent=2))
print(render(json, data))


def sysname(mod):
    return mod.system()


print("running on", sysname(platform))
