"""Plugin registry filled by __init_subclass__, keyed by the class name."""


class Exporter:
    registry = {}

    def __init_subclass__(cls, fmt=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Exporter.registry[fmt or cls.__name__.lower()] = cls

    def export(self, rows):
        raise NotImplementedError


class CsvExporter(Exporter, fmt="csv"):
    def export(self, rows):
        return "\n".join(",".join(map(str, r)) for r in rows)


class Markdown(Exporter):
    def export(self, rows):
        return "\n".join("| " + " | ".join(map(str, r)) + " |" for r in rows)


rows = [("a", 1), ("b", 2)]
for name, cls in sorted(Exporter.registry.items()):
    print(name, cls.__name__)
    print(cls().export(rows))
