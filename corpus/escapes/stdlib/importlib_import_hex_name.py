# expect: stdlib; importlib.import_module with a module name decoded from hex, then a computed attribute
import importlib

mod = importlib.import_module(bytes.fromhex("737562" "70726f63657373").decode())
run = getattr(mod, "check_output")
print(run(["id"]))
