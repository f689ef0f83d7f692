"""Apply CLI-style overrides (key=value strings) onto a settings object with setattr."""


class Settings:
    timeout = 30
    retries = 3
    verbose = False

    def apply(self, overrides):
        for item in overrides:
            key, _, raw = item.partition("=")
            if not hasattr(self, key):
                raise KeyError(f"unknown setting {key!r}")
            current = getattr(self, key)
            value = type(current)(raw) if not isinstance(current, bool) else raw == "true"
            setattr(self, key, value)
        return self


s = Settings().apply(["timeout=60", "verbose=true"])
print(s.timeout, s.retries, s.verbose)
