"""Report which optional extras are installed without importing them."""
import importlib.util

EXTRAS = ["numpy", "pandas", "matplotlib", "rich"]

available = {name: importlib.util.find_spec(name) is not None for name in EXTRAS}
for name, ok in available.items():
    print(f"{name:<12} {'yes' if ok else 'no'}")
