"""Export-format plugins that register themselves via __init_subclass__."""
from __future__ import annotations

import csv
import io
import json


class Exporter:
    registry: dict[str, type[Exporter]] = {}
    extension = ""

    def __init_subclass__(cls, /, fmt: str | None = None, **kwargs):
        super().__init_subclass__(**kwargs)
        if fmt is not None:
            if fmt in Exporter.registry:
                raise ValueError(f"duplicate exporter for {fmt!r}")
            Exporter.registry[fmt] = cls
            cls.fmt = fmt

    @classmethod
    def for_format(cls, fmt: str) -> Exporter:
        try:
            return cls.registry[fmt]()
        except KeyError:
            raise LookupError(f"no exporter for {fmt!r}; have {sorted(cls.registry)}") from None

    def export(self, rows: list[dict]) -> str:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"<{type(self).__name__} fmt={self.fmt!r}>"


class JsonExporter(Exporter, fmt="json"):
    extension = ".json"

    def export(self, rows):
        return json.dumps(rows, indent=None, sort_keys=True)


class CsvExporter(Exporter, fmt="csv"):
    extension = ".csv"

    def export(self, rows):
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
        return buf.getvalue()


class MarkdownExporter(Exporter, fmt="md"):
    extension = ".md"

    def export(self, rows):
        cols = list(rows[0])
        lines = ["| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
        for r in rows:
            lines.append("| " + " | ".join(str(r[c]) for c in cols) + " |")
        return "\n".join(lines)


class _Helper(Exporter):  # no fmt: not registered
    pass


ROWS = [
    {"city": "Lisbon", "pop_k": 545, "country": "PT"},
    {"city": "Porto", "pop_k": 232, "country": "PT"},
    {"city": "Vigo", "pop_k": 293, "country": "ES"},
]

if __name__ == "__main__":
    print("registered:", sorted(Exporter.registry))
    for fmt in ("json", "csv", "md"):
        exporter = Exporter.for_format(fmt)
        text = exporter.export(ROWS)
        with open("l01_cities" + exporter.extension, "w", encoding="utf-8") as fh:
            fh.write(text)
        print(repr(exporter), f"{len(text)} chars")
        print(text.splitlines()[0])
    try:
        Exporter.for_format("xml")
    except LookupError as exc:
        print("error:", exc)
    print("helper registered?", _Helper in Exporter.registry.values())
