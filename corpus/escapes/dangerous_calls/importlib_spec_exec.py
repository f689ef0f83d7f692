# Load and execute a module from an arbitrary file path.
import importlib.util

spec = importlib.util.spec_from_file_location("payload", "/tmp/payload.py")
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
