"""Bind arguments to a function signature to validate a call before making it."""
import inspect


def send_email(to: str, subject: str, body: str = "", *, cc: tuple = ()) -> None:
    print(f"to={to} subject={subject!r} cc={cc}")


sig = inspect.signature(send_email)
bound = sig.bind("ops@example.org", "disk almost full", cc=("oncall@example.org",))
bound.apply_defaults()
print(dict(bound.arguments))
send_email(*bound.args, **bound.kwargs)
print({name: p.annotation for name, p in sig.parameters.items()})
