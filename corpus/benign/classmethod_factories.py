"""Alternate constructors with @classmethod and @staticmethod."""
import json
from datetime import date


class Person:
    def __init__(self, name, born):
        self.name = name
        self.born = born

    @classmethod
    def from_dict(cls, data):
        return cls(data["name"], date.fromisoformat(data["born"]))

    @classmethod
    def from_json(cls, text):
        return cls.from_dict(json.loads(text))

    @staticmethod
    def age_on(born, today):
        return today.year - born.year - ((today.month, today.day) < (born.month, born.day))

    def __repr__(self):
        return f"Person({self.name!r}, {self.born.isoformat()!r})"


ada = Person.from_json('{"name": "Ada", "born": "1815-12-10"}')
print(ada, Person.age_on(ada.born, date(1852, 11, 27)))
