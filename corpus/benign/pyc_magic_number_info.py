"""Report bytecode cache details for the running interpreter."""
import importlib.util
import platform
import sys


def cache_info(source="example.py"):
    return {
        "magic": importlib.util.MAGIC_NUMBER.hex(),
        "cache_tag": sys.implementation.cache_tag,
        "cache_path": importlib.util.cache_from_source(source),
        "optimized": importlib.util.cache_from_source(source, optimization=2),
    }


def interpreter_info():
    return {
        "implementation": platform.python_implementation(),
        "version": platform.python_version(),
        "system": platform.system(),
        "machine": platform.machine(),
        "dont_write_bytecode": sys.dont_write_bytecode,
    }


for title, info in (("bytecode cache", cache_info()), ("interpreter", interpreter_info())):
    print(title)
    for key, value in info.items():
        print(f"  {key:<20}{value}")

spec = importlib.util.find_spec("json")
print("json is a package:", spec.submodule_search_locations is not None)
