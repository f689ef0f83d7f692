"""Sorting with lambda keys, multiple criteria and stable sorts."""
students = [
    {"name": "ann", "grade": 88, "age": 20},
    {"name": "bob", "grade": 95, "age": 22},
    {"name": "cyd", "grade": 88, "age": 19},
    {"name": "dee", "grade": 70, "age": 21},
]

by_grade_then_name = sorted(students, key=lambda s: (-s["grade"], s["name"]))
print([s["name"] for s in by_grade_then_name])

oldest = max(students, key=lambda s: s["age"])
print(oldest["name"])

buckets = sorted(students, key=lambda s: s["grade"] // 10)
print([(s["name"], s["grade"] // 10) for s in buckets])
print(sorted("The quick brown Fox".split(), key=str.casefold))
