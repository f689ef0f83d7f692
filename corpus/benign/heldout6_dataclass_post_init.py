# ordinary: dataclasses with __post_init__ validation and derived fields for a gradebook
from dataclasses import dataclass, field


@dataclass
class Submission:
    student: str
    points: list
    max_points: int = 100
    total: int = field(init=False)
    grade: str = field(init=False)

    def __post_init__(self):
        if any(p < 0 for p in self.points):
            raise ValueError("negative points")
        self.total = sum(self.points)
        ratio = self.total / self.max_points
        self.grade = "A" if ratio >= 0.9 else "B" if ratio >= 0.75 else "C" if ratio >= 0.5 else "F"


subs = [Submission("Ana", [30, 35, 28]), Submission("Bo", [20, 15, 10]), Submission("Cy", [45, 46])]
for s in subs:
    print(f"{s.student}: {s.total}/{s.max_points} -> {s.grade}")

try:
    Submission("Bad", [10, -1])
except ValueError as err:
    print("rejected:", err)
