"""A lazy-loading proxy and a call-recording wrapper using __getattr__."""
import logging

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
log = logging.getLogger("proxy")


class LazyProxy:
    """Creates the wrapped object on first attribute access."""

    __slots__ = ("_factory", "_target")

    def __init__(self, factory):
        object.__setattr__(self, "_factory", factory)
        object.__setattr__(self, "_target", None)

    def _resolve(self):
        if self._target is None:
            log.info("materialising %s", self._factory.__name__)
            object.__setattr__(self, "_target", self._factory())
        return self._target

    def __getattr__(self, name):
        return getattr(self._resolve(), name)

    def __setattr__(self, name, value):
        setattr(self._resolve(), name, value)

    def __len__(self):
        return len(self._resolve())

    def __repr__(self):
        state = "resolved" if self._target is not None else "pending"
        return f"<LazyProxy {self._factory.__name__} {state}>"


class Recorder:
    """Wraps an object and records which public methods get called."""

    def __init__(self, wrapped):
        self._wrapped = wrapped
        self.calls = []

    def __getattr__(self, name):
        attr = getattr(self._wrapped, name)
        if callable(attr) and not name.startswith("_"):
            def recorded(*args, **kwargs):
                self.calls.append(name)
                return attr(*args, **kwargs)
            return recorded
        return attr


class Catalogue:
    def __init__(self):
        self.items = {f"item{i}": i * 1.25 for i in range(1, 6)}
        self.currency = "EUR"

    def price(self, key):
        return self.items[key]

    def cheapest(self, n=2):
        return sorted(self.items, key=self.items.get)[:n]

    def __len__(self):
        return len(self.items)


def build_catalogue():
    return Catalogue()


lazy = LazyProxy(build_catalogue)
print(repr(lazy))
print("price item3:", lazy.price("item3"), lazy.currency)
print(repr(lazy), "len", len(lazy))
lazy.currency = "USD"
print("currency now", lazy.currency)

rec = Recorder(Catalogue())
rec.price("item1")
rec.cheapest(3)
rec.price("item5")
print("currency attr passes through:", rec.currency)
print("recorded calls:", rec.calls)
try:
    rec.discount(10)
except AttributeError as exc:
    print("AttributeError:", exc)
