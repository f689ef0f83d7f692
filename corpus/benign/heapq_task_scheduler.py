"""A priority task scheduler with heapq and dataclass ordering."""
import heapq
import itertools
from dataclasses import dataclass, field


@dataclass(order=True)
class Task:
    priority: int
    seq: int
    name: str = field(compare=False)


class Scheduler:
    def __init__(self):
        self._heap = []
        self._counter = itertools.count()

    def add(self, name, priority):
        heapq.heappush(self._heap, Task(priority, next(self._counter), name))

    def run(self):
        while self._heap:
            task = heapq.heappop(self._heap)
            yield f"{task.name} (p{task.priority})"


s = Scheduler()
for name, prio in [("write report", 2), ("fix outage", 0), ("lunch", 3), ("review", 2)]:
    s.add(name, prio)
print(list(s.run()))
print(heapq.nsmallest(2, [5, 1, 8, 3]), heapq.nlargest(2, [5, 1, 8, 3]))
