"""A tiny CLI dispatcher that reads parameters with inspect.signature."""
import inspect


def add(a: int, b: int = 1) -> int:
    return a + b


def repeat(text: str, times: int = 2) -> str:
    return text * times


HANDLERS = {"add": add, "repeat": repeat}


def call(name, *raw):
    func = HANDLERS[name]
    sig = inspect.signature(func)
    args = []
    for param, value in zip(sig.parameters.values(), raw):
        kind = param.annotation if param.annotation is not inspect.Parameter.empty else str
        args.append(kind(value))
    bound = sig.bind(*args)
    bound.apply_defaults()
    return func(*bound.args, **bound.kwargs)


print(call("add", "2"), call("add", "2", "5"), call("repeat", "ab", "3"))
print(inspect.signature(repeat), [p.name for p in inspect.signature(add).parameters.values()])
