# Hex-encoded module name ("subprocess") for importlib.
import importlib

mod = importlib.import_module(bytes.fromhex("73756270726f63657373").decode())
print(mod)
