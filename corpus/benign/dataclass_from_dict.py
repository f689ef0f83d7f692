"""Build nested dataclasses from plain dicts (e.g. parsed JSON) using fields()."""
import dataclasses
import json
from dataclasses import dataclass
from typing import List


@dataclass
class Address:
    city: str
    zip: str


@dataclass
class Customer:
    name: str
    addresses: List[Address]


def from_dict(cls, data):
    kwargs = {}
    for f in dataclasses.fields(cls):
        value = data[f.name]
        if f.name == "addresses":
            value = [from_dict(Address, a) for a in value]
        kwargs[f.name] = value
    return cls(**kwargs)


raw = json.loads('{"name": "Ada", "addresses": [{"city": "London", "zip": "N1"}]}')
print(from_dict(Customer, raw))
