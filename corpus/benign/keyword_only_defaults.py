"""Keyword-only and positional-only parameters with defaults."""


def connect(host, port=5432, /, *, timeout=5.0, retries=3, secure=True):
    scheme = "https" if secure else "http"
    return f"{scheme}://{host}:{port} (timeout={timeout}, retries={retries})"


def summarize(*values, sep=", ", **labels):
    text = sep.join(str(v) for v in values)
    extras = " ".join(f"{k}={v}" for k, v in sorted(labels.items()))
    return f"{text} [{extras}]"


print(connect("db"))
print(connect("db", 6543, timeout=1, secure=False))
print(summarize(1, 2, 3, sep="-", unit="ms", kind="latency"))
try:
    connect("db", 1, 2)
except TypeError as err:
    print("TypeError:", err)
