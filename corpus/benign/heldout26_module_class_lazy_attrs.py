"""Customise this module's attribute access (PEP 549 style) to warn on old names."""
import sys
import types
import warnings

VERSION = "2.1"
_RENAMED = {"OLD_VERSION": "VERSION"}


class _ThisModule(types.ModuleType):
    def __getattr__(self, name):
        if name in _RENAMED:
            warnings.warn(f"{name} is deprecated, use {_RENAMED[name]}", DeprecationWarning)
            return getattr(self, _RENAMED[name])
        raise AttributeError(name)

    def __setattr__(self, name, value):
        if name == "VERSION" and not isinstance(value, str):
            raise TypeError("VERSION must be a string")
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _ThisModule
this = sys.modules[__name__]

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("old name gives", this.OLD_VERSION)
print("warnings:", [str(w.message) for w in caught])
try:
    this.VERSION = 3
except TypeError as exc:
    print("rejected:", exc)
