"""A door state machine that switches the instance's class on each
transition (the "state pattern" via __class__ assignment), plus a module
that customises its attribute access to warn about a renamed constant."""
import sys
import types
import warnings


class Door:
    def __init__(self):
        self.__class__ = Closed
        self.history = ["closed"]

    def _go(self, cls):
        self.__class__ = cls
        self.history.append(cls.__name__.lower())


class Closed(Door):
    def open(self):
        self._go(Opened)

    def lock(self):
        self._go(Locked)


class Opened(Door):
    def close(self):
        self._go(Closed)


class Locked(Door):
    def unlock(self):
        self._go(Closed)


MAX_RETRIES = 3


class _DeprecatingModule(types.ModuleType):
    def __getattr__(self, name):
        if name == "MAXRETRIES":
            warnings.warn("MAXRETRIES is deprecated, use MAX_RETRIES", DeprecationWarning)
            return MAX_RETRIES
        raise AttributeError(name)


sys.modules[__name__].__class__ = _DeprecatingModule

if __name__ == "__main__":
    d = Door()
    for action in ["open", "close", "lock", "open", "unlock", "open"]:
        step = getattr(d, action, None)
        if step is None:
            print(f"cannot {action} while {type(d).__name__.lower()}")
        else:
            step()
    print(" -> ".join(d.history))
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        print("old name still works:", sys.modules[__name__].MAXRETRIES, len(w), "warning")
