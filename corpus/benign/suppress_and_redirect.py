"""contextlib.suppress and redirect_stdout in everyday code."""
import io
import os
from contextlib import redirect_stdout, suppress

with suppress(FileNotFoundError):
    os.remove("stale.lock")

buf = io.StringIO()
with redirect_stdout(buf):
    help(len)
print(buf.getvalue().splitlines()[0])
