"""Sort and group records with operator.attrgetter and itemgetter."""
from collections import namedtuple
from operator import attrgetter, itemgetter

Employee = namedtuple("Employee", "name dept salary start")

staff = [
    Employee("Ivy", "eng", 120, 2019),
    Employee("Raj", "ops", 95, 2021),
    Employee("Lin", "eng", 135, 2017),
    Employee("Mo", "sales", 88, 2022),
    Employee("Ada", "ops", 101, 2018),
]

by_dept_then_salary = sorted(staff, key=attrgetter("dept", "salary"))
for e in by_dept_then_salary:
    print(f"{e.dept:<6}{e.name:<5}{e.salary:>5}")

get_name_and_start = attrgetter("name", "start")
print([get_name_and_start(e) for e in staff])

senior = max(staff, key=attrgetter("salary"))
print("top salary:", senior.name)

pairs = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(pairs, key=itemgetter(1)))
raised = [e._replace(salary=round(e.salary * 1.05)) for e in staff]
print(raised[0])
