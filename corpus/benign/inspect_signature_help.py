"""Build CLI-style help text from function signatures with inspect."""
import inspect


def resize(path: str, width: int, height: int = 0, *, keep_aspect: bool = True) -> str:
    """Resize an image file."""
    return f"{path} -> {width}x{height or 'auto'}"


def convert(src: str, fmt: str = "png", quality: int = 90) -> str:
    """Convert an image to another format."""
    return f"{src} as {fmt} ({quality})"


def describe(func):
    sig = inspect.signature(func)
    lines = [f"{func.__name__}{sig}", f"    {inspect.getdoc(func)}"]
    for name, param in sig.parameters.items():
        kind = param.kind.name.lower().replace("_", " ")
        default = "" if param.default is param.empty else f" (default {param.default!r})"
        ann = getattr(param.annotation, "__name__", param.annotation)
        lines.append(f"    --{name}: {ann}, {kind}{default}")
    return "\n".join(lines)


for f in (resize, convert):
    print(describe(f))
bound = inspect.signature(resize).bind("cat.jpg", 300)
bound.apply_defaults()
print(bound.arguments)
