"""functools.cached_property for an expensive computed attribute."""
from functools import cached_property
import statistics


class Report:
    def __init__(self, samples):
        self.samples = list(samples)
        self.computations = 0

    @cached_property
    def summary(self):
        self.computations += 1
        return {
            "mean": statistics.mean(self.samples),
            "median": statistics.median(self.samples),
            "stdev": round(statistics.stdev(self.samples), 3),
        }


r = Report([2, 4, 4, 4, 5, 5, 7, 9])
print(r.summary)
print(r.summary["median"], r.computations)
