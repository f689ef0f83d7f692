"""PEP 562 module __getattr__: keep an old name working with a warning."""
import sys
import warnings

DEFAULT_TIMEOUT = 30

_RENAMED = {"TIMEOUT": "DEFAULT_TIMEOUT"}


def __getattr__(name):
    if name in _RENAMED:
        new = _RENAMED[name]
        warnings.warn(f"{name} is deprecated, use {new}", DeprecationWarning, stacklevel=2)
        return globals()[new]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


this_module = sys.modules[__name__]
print(getattr(this_module, "DEFAULT_TIMEOUT"))
