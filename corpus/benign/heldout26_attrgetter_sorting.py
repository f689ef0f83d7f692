"""Sorting and formatting records with operator.attrgetter and methodcaller."""
import operator
from dataclasses import dataclass


@dataclass
class Student:
    name: str
    grade: int
    city: str


people = [
    Student("ada", 91, "london"),
    Student("grace", 88, "new york"),
    Student("alan", 91, "manchester"),
    Student("edsger", 79, "rotterdam"),
]

by_grade_then_name = sorted(people, key=operator.attrgetter("grade", "name"), reverse=True)
for s in by_grade_then_name:
    print(s.grade, s.name)

title = operator.methodcaller("title")
cities = sorted(map(title, map(operator.attrgetter("city"), people)))
print(cities)

field = "name"
print([getattr(s, field) for s in people])
