"""Sorting and mapping with operator.attrgetter/itemgetter/methodcaller on
ordinary, constant attribute names."""
from dataclasses import dataclass
from operator import attrgetter, itemgetter, methodcaller


@dataclass
class Employee:
    name: str
    dept: str
    salary: int


staff = [Employee("ann", "ops", 70), Employee("bob", "dev", 90), Employee("cy", "dev", 80)]
by_dept_salary = sorted(staff, key=attrgetter("dept", "salary"))
print([e.name for e in by_dept_salary])

rows = [("x", 3), ("y", 1), ("z", 2)]
print(sorted(rows, key=itemgetter(1)))
print(list(map(methodcaller("upper"), ["a", "b"])))
print(list(map(attrgetter("name"), staff)))
