"""A countdown iterator class (__iter__/__next__) and its generator twin."""


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


def countdown(start):
    while start > 0:
        yield start
        start -= 1


assert list(Countdown(5)) == list(countdown(5))
it = iter(Countdown(3))
print(next(it), next(it), next(it), next(it, "done"))
