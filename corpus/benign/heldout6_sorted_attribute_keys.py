# ordinary: ranking students with sorted(key=...) on attributes, attrgetter tuples and a stable two-pass sort
import operator
from collections import namedtuple

Student = namedtuple("Student", "name group score submitted")

students = [
    Student("Ana", "B", 88, 3),
    Student("Bo", "A", 92, 5),
    Student("Cy", "A", 88, 1),
    Student("Di", "B", 75, 2),
    Student("Ed", "A", 92, 4),
]

by_score = sorted(students, key=lambda s: (-s.score, s.submitted))
print("leaderboard:", [s.name for s in by_score])

by_group_name = sorted(students, key=operator.attrgetter("group", "name"))
print("by group:", [(s.group, s.name) for s in by_group_name])

# stable sort: secondary key first, then primary key
tmp = sorted(students, key=operator.attrgetter("name"), reverse=True)
final = sorted(tmp, key=operator.attrgetter("score"), reverse=True)
print("stable:", [f"{s.name}:{s.score}" for s in final])

best = max(students, key=operator.attrgetter("score"))
print("best:", best.name, best.score)
