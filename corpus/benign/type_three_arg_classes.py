"""Create simple exception classes dynamically with type(name, bases, namespace)."""
ERRORS = {"NotFound": 404, "Conflict": 409, "TooManyRequests": 429}


class HttpError(Exception):
    status = 500


generated = {}
for name, status in ERRORS.items():
    generated[name] = type(name, (HttpError,), {"status": status, "__doc__": f"HTTP {status}"})

try:
    raise generated["Conflict"]("version mismatch")
except HttpError as err:
    print(type(err).__name__, err.status, err)
