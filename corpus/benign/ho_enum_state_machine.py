"""An order workflow as an Enum-based state machine."""
from enum import Enum, auto


class State(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()


TRANSITIONS = {
    State.NEW: {State.PAID, State.CANCELLED},
    State.PAID: {State.SHIPPED, State.CANCELLED},
    State.SHIPPED: {State.DELIVERED},
    State.DELIVERED: set(),
    State.CANCELLED: set(),
}


class Order:
    def __init__(self, ident):
        self.ident = ident
        self.state = State.NEW
        self.history = [State.NEW]

    def move(self, new):
        if new not in TRANSITIONS[self.state]:
            raise ValueError(f"cannot go from {self.state.name} to {new.name}")
        self.state = new
        self.history.append(new)


o = Order(17)
for step in (State.PAID, State.SHIPPED, State.CANCELLED, State.DELIVERED):
    try:
        o.move(step)
        print("now", o.state.name)
    except ValueError as err:
        print("refused:", err)
print(" -> ".join(s.name for s in o.history))
print(State["PAID"], State(3), [s.value for s in State])
