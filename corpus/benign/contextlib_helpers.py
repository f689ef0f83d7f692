"""contextlib: contextmanager, suppress, ExitStack, redirect_stdout."""
import contextlib
import io


@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name
    finally:
        print(f"</{name}>")


with tag("div"), tag("p"):
    print("hello")

with contextlib.suppress(ZeroDivisionError):
    1 / 0

buffer = io.StringIO()
with contextlib.redirect_stdout(buffer):
    print("captured")
print(repr(buffer.getvalue()))

with contextlib.ExitStack() as stack:
    names = [stack.enter_context(tag(n)) for n in ("a", "b")]
print(names)
