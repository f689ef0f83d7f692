# functools.wraps with assigned=("__globals__",) on a foreign function: the
# decorated class receives the random module's globals.
import functools
import random


@functools.wraps(random.randint, assigned=("__globals__",), updated=())
class Thief:
    pass


print(sorted(vars(Thief)))
