"""A traffic-light state machine with enum.Enum and auto()."""
from enum import Enum, IntFlag, auto


class Light(Enum):
    RED = auto()
    GREEN = auto()
    YELLOW = auto()

    def next(self):
        order = [Light.RED, Light.GREEN, Light.YELLOW]
        return order[(order.index(self) + 1) % len(order)]


class Perm(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


state = Light.RED
for _ in range(4):
    print(state.name, state.value)
    state = state.next()
mode = Perm.READ | Perm.WRITE
print(Perm.WRITE in mode, Perm.EXEC in mode, Light["GREEN"], Light(3))
