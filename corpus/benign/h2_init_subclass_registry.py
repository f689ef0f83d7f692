"""Exporters register themselves via __init_subclass__, keyed by file extension."""


class Exporter:
    registry = {}

    def __init_subclass__(cls, *, extension, **kwargs):
        super().__init_subclass__(**kwargs)
        Exporter.registry[extension] = cls

    def export(self, rows):
        raise NotImplementedError


class CsvExporter(Exporter, extension="csv"):
    def export(self, rows):
        return "\n".join(",".join(map(str, r)) for r in rows)


class TsvExporter(Exporter, extension="tsv"):
    def export(self, rows):
        return "\n".join("\t".join(map(str, r)) for r in rows)


print(Exporter.registry["tsv"]().export([(1, 2), (3, 4)]))
