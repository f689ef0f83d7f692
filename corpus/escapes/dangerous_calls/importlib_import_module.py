# importlib.import_module: an import that no `import` statement shows.
import importlib

sp = importlib.import_module("subprocess")
sp.run(["id"])
