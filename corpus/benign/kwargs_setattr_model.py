"""A small model base class that sets fields from keyword arguments."""


class Model:
    fields = ()

    def __init__(self, **kwargs):
        unknown = set(kwargs) - set(self.fields)
        if unknown:
            raise TypeError(f"unexpected fields: {sorted(unknown)}")
        for key in self.fields:
            setattr(self, key, kwargs.get(key))

    def __repr__(self):
        body = ", ".join(f"{k}={getattr(self, k)!r}" for k in self.fields)
        return f"{type(self).__name__}({body})"


class User(Model):
    fields = ("id", "email", "active")


print(User(id=1, email="a@example.org", active=True))
