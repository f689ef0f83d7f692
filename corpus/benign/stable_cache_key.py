"""Stable cache keys: hash a canonical JSON dump of the arguments."""
import hashlib
import json


def cache_key(func_name, *args, **kwargs):
    canonical = json.dumps([func_name, args, kwargs], sort_keys=True, default=str)
    return hashlib.blake2b(canonical.encode(), digest_size=12).hexdigest()


print(cache_key("resize", 640, 480, mode="fit"))
print(cache_key("resize", 640, 480, mode="fit") == cache_key("resize", 640, 480, mode="fit"))
