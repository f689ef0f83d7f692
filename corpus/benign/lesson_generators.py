"""Generators produce values lazily."""


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, iterable):
    out = []
    for item in iterable:
        if len(out) == n:
            break
        out.append(item)
    return out


def chunked(seq, size):
    for start in range(0, len(seq), size):
        yield seq[start:start + size]


print(list(countdown(5)))
print(take(10, fibonacci()))
print(list(chunked(list(range(11)), 4)))

squares = (x * x for x in range(1_000_000))
print("sum of first million squares:", sum(squares))

gen = countdown(3)
print(next(gen), next(gen), next(gen))
try:
    next(gen)
except StopIteration:
    print("generator exhausted")
