# object.__getattribute__ skips a proxy's own __getattribute__ guard.
class Guarded:
    def __init__(self, target):
        self._target = target

    def __getattribute__(self, name):
        raise AttributeError("no access")


g = Guarded(open)
print(object.__getattribute__(g, "_target"))
