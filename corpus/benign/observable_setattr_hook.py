"""Notify listeners whenever an attribute changes, using __setattr__."""


class Observable:
    def __init__(self):
        object.__setattr__(self, "_listeners", [])

    def subscribe(self, callback):
        self._listeners.append(callback)

    def __setattr__(self, name, value):
        old = getattr(self, name, None)
        object.__setattr__(self, name, value)
        for cb in self._listeners:
            cb(name, old, value)


class Thermostat(Observable):
    pass


t = Thermostat()
t.subscribe(lambda n, o, v: print(f"{n}: {o} -> {v}"))
t.target = 21
t.target = 22
