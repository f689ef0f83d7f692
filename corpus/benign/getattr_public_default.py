"""getattr/hasattr with constant public attribute names and defaults."""
import io


class Plugin:
    name = "exporter"
    version = "1.2"


class Legacy:
    pass


def describe(plugin):
    name = getattr(plugin, "name", plugin.__class__.__name__)
    version = getattr(plugin, "version", "0.0")
    return f"{name} {version}"


def finish(stream):
    if hasattr(stream, "flush"):
        stream.flush()
    closer = getattr(stream, "close", None)
    if callable(closer):
        closer()
    return stream.closed


print(describe(Plugin()), "|", describe(Legacy()))
print(finish(io.StringIO("data")))
