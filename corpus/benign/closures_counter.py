"""Closures with nonlocal state: counters and accumulators."""


def make_counter(start=0, step=1):
    count = start

    def increment():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    return increment, reset


def averager():
    values = []

    def add(x):
        values.append(x)
        return sum(values) / len(values)

    return add


inc, reset = make_counter(10, 5)
print(inc(), inc(), inc())
reset()
print(inc())
avg = averager()
print([avg(x) for x in (10, 20, 30)])
