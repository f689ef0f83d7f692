"""A settings object with defaults, overrides and attribute-style access."""


class Settings:
    _defaults = {"debug": False, "workers": 4, "name": "demo"}

    def __init__(self, **overrides):
        unknown = set(overrides) - set(self._defaults)
        if unknown:
            raise KeyError(f"unknown settings: {sorted(unknown)}")
        self.__dict__["_values"] = dict(self._defaults, **overrides)

    def __getattr__(self, name):
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        if name not in self._values:
            raise AttributeError(f"cannot add setting {name}")
        self._values[name] = value


s = Settings(workers=8)
print(s.debug, s.workers, s.name)
s.debug = True
for key in ("debug", "workers", "name"):
    print(key, "=", getattr(s, key))
try:
    s.colour = "blue"
except AttributeError as exc:
    print("refused:", exc)
