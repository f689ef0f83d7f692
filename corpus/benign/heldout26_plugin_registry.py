"""Exporters registered by name with __init_subclass__ and looked up by format."""
import json


class Exporter:
    registry = {}

    def __init_subclass__(cls, fmt, **kwargs):
        super().__init_subclass__(**kwargs)
        Exporter.registry[fmt] = cls

    def __init__(self, rows):
        self.rows = rows


class CsvExporter(Exporter, fmt="csv"):
    def render(self):
        keys = list(self.rows[0])
        lines = [",".join(keys)] + [",".join(str(r[k]) for k in keys) for r in self.rows]
        return "\n".join(lines)


class JsonExporter(Exporter, fmt="json"):
    def render(self):
        return json.dumps(self.rows)


class MarkdownExporter(Exporter, fmt="md"):
    def render(self):
        keys = list(self.rows[0])
        head = "| " + " | ".join(keys) + " |"
        sep = "|" + "---|" * len(keys)
        body = ["| " + " | ".join(str(r[k]) for k in keys) + " |" for r in self.rows]
        return "\n".join([head, sep, *body])


rows = [{"city": "Oslo", "temp": -3}, {"city": "Lima", "temp": 19}]
for fmt in sorted(Exporter.registry):
    exporter = Exporter.registry[fmt](rows)
    print(f"--- {fmt} ({type(exporter).__name__})")
    print(getattr(exporter, "render")())
