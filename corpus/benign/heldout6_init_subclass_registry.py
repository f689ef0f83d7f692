# ordinary: an exporter plugin registry built with __init_subclass__ keyword arguments, plus __set_name__ descriptors that record field names
class Field:
    def __set_name__(self, owner, name):
        self.name = name
        owner._fields = getattr(owner, "_fields", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "")

    def __set__(self, obj, value):
        obj.__dict__[self.name] = str(value)


class Exporter:
    registry = {}

    def __init_subclass__(cls, fmt=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if fmt:
            Exporter.registry[fmt] = cls


class CsvExporter(Exporter, fmt="csv"):
    def render(self, rows):
        return "\n".join(",".join(r) for r in rows)


class TsvExporter(Exporter, fmt="tsv"):
    def render(self, rows):
        return "\n".join("\t".join(r) for r in rows)


class Record:
    name = Field()
    grade = Field()


r = Record()
r.name, r.grade = "Ana", 9
print("registered:", sorted(Exporter.registry))
print("record fields:", Record._fields)
rows = [Record._fields, (r.name, r.grade)]
for fmt, cls in sorted(Exporter.registry.items()):
    print(f"--- {fmt}\n{cls().render(rows)}")
