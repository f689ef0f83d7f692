# ordinary: dict comprehension that inverts a mapping
grades = {"ann": "A", "ben": "B", "cat": "A"}
by_grade = {g: sorted(n for n, x in grades.items() if x == g) for g in set(grades.values())}
print(dict(sorted(by_grade.items())))
