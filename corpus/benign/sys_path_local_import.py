"""Script that imports a helper module from its own folder when run directly."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

try:
    import helpers  # noqa: E402  (sits next to this script)
except ImportError:
    helpers = None

print("helpers available:", helpers is not None)
