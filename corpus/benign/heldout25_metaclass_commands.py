"""A tiny command framework: a metaclass collects command classes and
validates that each one defines a 'run' method and a help text."""


class CommandMeta(type):
    commands = {}

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        if namespace.get("abstract", False):
            return cls
        if "run" not in namespace:
            raise TypeError(f"{name} must define run()")
        cls.name = namespace.get("name", name.lower().removesuffix("command"))
        if not (cls.__doc__ or "").strip():
            raise TypeError(f"{name} needs a docstring for help")
        mcls.commands[cls.name] = cls
        return cls

    def __repr__(cls):
        return f"<command {cls.name}>" if hasattr(cls, "name") else super().__repr__()


class Command(metaclass=CommandMeta):
    abstract = True

    def __init__(self, store):
        self.store = store


class SetCommand(Command):
    """set KEY VALUE -- store a value"""

    def run(self, key, value):
        self.store[key] = value
        return f"{key} = {value}"


class GetCommand(Command):
    """get KEY -- print a stored value"""

    def run(self, key):
        return self.store.get(key, "<unset>")


class ListCommand(Command):
    """list -- show all keys"""
    name = "ls"

    def run(self):
        return ", ".join(f"{k}={v}" for k, v in sorted(self.store.items())) or "(empty)"


class HelpCommand(Command):
    """help -- list commands"""

    def run(self):
        return "\n".join(
            f"  {name:<5} {cls.__doc__.strip()}" for name, cls in sorted(CommandMeta.commands.items())
        )


def dispatch(line, store):
    word, *args = line.split()
    cls = CommandMeta.commands.get(word)
    if cls is None:
        return f"unknown command {word!r}"
    try:
        return cls(store).run(*args)
    except TypeError:
        return f"usage: {cls.__doc__.strip()}"


if __name__ == "__main__":
    script = ["help", "set color blue", "set size 10", "get color", "get shape",
              "ls", "set onlykey", "frobnicate now"]
    store = {}
    for line in script:
        print(f"> {line}")
        print(dispatch(line, store))
    print(list(CommandMeta.commands.values()))
    try:
        class BrokenCommand(Command):
            """no run method"""
    except TypeError as exc:
        print("rejected:", exc)
