"""Check that the developer tools a Makefile needs are on PATH (does not run them)."""
import shutil
import sys

REQUIRED = ["git", "make", "python3"]
OPTIONAL = ["docker", "pre-commit"]

missing = [t for t in REQUIRED if shutil.which(t) is None]
for tool in REQUIRED + OPTIONAL:
    print(f"{tool:<12} {shutil.which(tool) or '-'}")
if missing:
    sys.exit("missing required tools: " + ", ".join(missing))
