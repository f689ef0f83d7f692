"""Emit and filter deprecation warnings in a library-style module."""
import functools
import warnings


def deprecated(replacement):
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            warnings.warn(f"{func.__name__}() is deprecated; use {replacement}() instead",
                          DeprecationWarning, stacklevel=2)
            return func(*args, **kwargs)
        return wrapper
    return decorate


def area(w, h):
    return w * h


@deprecated("area")
def calc_area(w, h):
    return area(w, h)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(calc_area(3, 4))
    print(calc_area(5, 6))
for w in caught:
    print(w.category.__name__, "-", w.message)

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    print("silenced:", calc_area(1, 1))
