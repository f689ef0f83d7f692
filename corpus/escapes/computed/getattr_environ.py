# Attribute name from an environment variable with a harmless default:
# the default folds, the variable does not.
import os

attr = os.environ.get("PROBE_ATTR", "upper")
print(getattr("abc", attr)())
