"""Derive a simple schema from real (non-string) type annotations."""
import typing
from dataclasses import dataclass
from typing import List, Optional


@dataclass
class Address:
    street: str
    city: str
    postcode: Optional[str] = None


@dataclass
class Customer:
    id: int
    name: str
    tags: List[str]
    address: Optional[Address] = None


def schema(cls):
    out = {}
    for name, hint in typing.get_type_hints(cls).items():
        origin = typing.get_origin(hint)
        args = typing.get_args(hint)
        if origin is typing.Union and type(None) in args:
            out[name] = f"optional {args[0].__name__}"
        elif origin in (list, List):
            out[name] = f"list of {args[0].__name__}"
        else:
            out[name] = hint.__name__
    return out


for model in (Address, Customer):
    print(model.__name__)
    for field_name, desc in schema(model).items():
        print(f"  {field_name:<10}{desc}")
