# ordinary: a notebook back end replaces warnings.showwarning with a function that only prints a compact one-line message
import warnings


def compact(message, category, filename, lineno, file=None, line=None):
    print(f"[{category.__name__}] {message}")


def old_api(x):
    warnings.warn("old_api() is deprecated, use new_api()", DeprecationWarning, stacklevel=2)
    return x * 2


warnings.simplefilter("always")
original = warnings.showwarning
warnings.showwarning = compact
try:
    print(old_api(21))
    warnings.warn("sample size is small", UserWarning)
finally:
    warnings.showwarning = original

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_api(1)
print("recorded:", [str(w.message) for w in caught])
