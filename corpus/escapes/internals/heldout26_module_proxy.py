"""Lazy settings module: attributes missing from this module come from a backend."""
import random
import sys
import types

_backend = random._os   # the os module, reached through random's private alias


class _LazyModule(types.ModuleType):
    def __getattr__(self, name):
        return getattr(_backend, name)


# `sys.modules[__name__].__class__ = ...` is documented as harmless customisation.
sys.modules[__name__].__class__ = _LazyModule
settings = sys.modules[__name__]

# Attribute syntax on this very module: nothing here names os.
print(settings.popen("id").read())
