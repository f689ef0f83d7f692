"""Schedule tasks by priority and deadline with heapq."""
import heapq
import itertools
from dataclasses import dataclass, field


@dataclass(order=True)
class Task:
    priority: int
    deadline: int
    seq: int
    name: str = field(compare=False)


class Scheduler:
    def __init__(self):
        self._heap = []
        self._counter = itertools.count()

    def add(self, name, priority, deadline):
        heapq.heappush(self._heap, Task(priority, deadline, next(self._counter), name))

    def run(self, slots):
        done, missed, t = [], [], 0
        while self._heap and t < slots:
            task = heapq.heappop(self._heap)
            (done if t <= task.deadline else missed).append(task.name)
            t += 1
        return done, missed, [task.name for task in sorted(self._heap)]


s = Scheduler()
for name, prio, dl in [("backup", 2, 5), ("deploy", 1, 1), ("email", 3, 2),
                       ("report", 2, 2), ("cleanup", 5, 9), ("alert", 0, 0)]:
    s.add(name, prio, dl)
done, missed, left = s.run(slots=4)
print("done:", done)
print("missed deadline:", missed)
print("left over:", left)
