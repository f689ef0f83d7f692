# ordinary: settings object populated from a dict with setattr, validated with getattr and type hints
from typing import get_type_hints


class Settings:
    name: str = "demo"
    retries: int = 3
    ratio: float = 0.5
    debug: bool = False

    def __init__(self, **overrides):
        hints = get_type_hints(type(self))
        for key, value in overrides.items():
            if key not in hints:
                raise KeyError(f"unknown setting {key!r}")
            expected = hints[key]
            if expected is bool and isinstance(value, str):
                value = value.lower() in ("1", "true", "yes")
            setattr(self, key, expected(value))

    def as_dict(self):
        return {k: getattr(self, k) for k in get_type_hints(type(self))}

    def __repr__(self):
        body = ", ".join(f"{k}={v!r}" for k, v in self.as_dict().items())
        return f"Settings({body})"


print(Settings())
s = Settings(retries="7", ratio=1, debug="yes")
print(s)
try:
    Settings(colour="blue")
except KeyError as e:
    print("rejected:", e)
print("changed keys:", [k for k, v in s.as_dict().items() if v != getattr(Settings, k)])
