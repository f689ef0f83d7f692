"""Moving averages over a stream of readings."""
from collections import deque
import math
import random


class MovingAverage:
    def __init__(self, size):
        self.window = deque(maxlen=size)
        self.total = 0.0

    def add(self, value):
        if len(self.window) == self.window.maxlen:
            self.total -= self.window[0]
        self.window.append(value)
        self.total += value
        return self.total / len(self.window)


def exponential(values, alpha=0.3):
    current = None
    for v in values:
        current = v if current is None else alpha * v + (1 - alpha) * current
        yield current


random.seed(3)
readings = [20 + 5 * math.sin(i / 4) + random.uniform(-1, 1) for i in range(30)]
ma = MovingAverage(5)
for i, (r, e) in enumerate(zip(readings, exponential(readings))):
    m = ma.add(r)
    if i % 5 == 0:
        print(f"{i:2d} raw={r:6.2f} sma={m:6.2f} ema={e:6.2f}")
