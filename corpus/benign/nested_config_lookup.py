"""Look up nested settings like "db.primary.host" with functools.reduce(getattr, ...)."""
from functools import reduce
from types import SimpleNamespace

config = SimpleNamespace(
    db=SimpleNamespace(primary=SimpleNamespace(host="db1.internal", port=5432), pool=10),
    cache=SimpleNamespace(ttl=300),
)


def lookup(obj, dotted):
    return reduce(getattr, dotted.split("."), obj)


for key in ("db.primary.host", "db.pool", "cache.ttl"):
    print(key, "=", lookup(config, key))
