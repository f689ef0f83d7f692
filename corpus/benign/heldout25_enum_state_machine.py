"""Order lifecycle as an enum-driven state machine."""
from enum import Enum, Flag, IntEnum, auto, unique


@unique
class State(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()

    @property
    def is_final(self):
        return self in (State.DELIVERED, State.CANCELLED)


class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    REFUND = auto()
    ADMIN = READ | WRITE | REFUND


TRANSITIONS = {
    State.NEW: {"pay": State.PAID, "cancel": State.CANCELLED},
    State.PAID: {"ship": State.SHIPPED, "cancel": State.CANCELLED},
    State.SHIPPED: {"deliver": State.DELIVERED},
}


class InvalidTransition(Exception):
    pass


class Order:
    def __init__(self, ref, priority=Priority.NORMAL):
        self.ref = ref
        self.priority = priority
        self.state = State.NEW
        self.history = [State.NEW]

    def apply(self, event, perms=Perm.WRITE):
        if event == "cancel" and self.state is State.PAID and Perm.REFUND not in perms:
            raise InvalidTransition(f"{self.ref}: refund permission required")
        try:
            nxt = TRANSITIONS[self.state][event]
        except KeyError:
            raise InvalidTransition(f"{self.ref}: cannot {event} when {self.state.name}") from None
        self.state = nxt
        self.history.append(nxt)
        return self

    def __repr__(self):
        return f"Order({self.ref!r}, {self.state.name}, {self.priority.name})"


orders = [Order("A1", Priority.HIGH), Order("B2"), Order("C3", Priority.LOW)]
script = [("A1", "pay"), ("A1", "ship"), ("B2", "pay"), ("B2", "cancel"),
          ("C3", "ship"), ("A1", "deliver"), ("C3", "cancel"), ("A1", "cancel")]
by_ref = {o.ref: o for o in orders}
for ref, event in script:
    perms = Perm.ADMIN if ref == "B2" and event == "cancel" else Perm.READ | Perm.WRITE
    try:
        by_ref[ref].apply(event, perms)
        print(f"{ref}: {event} -> {by_ref[ref].state.name}")
    except InvalidTransition as exc:
        print("rejected:", exc)

for o in sorted(orders, key=lambda o: o.priority, reverse=True):
    print(o, "final" if o.state.is_final else "open",
          "->".join(s.name.lower() for s in o.history))
print("lookup by value:", State(3), "by name:", State["PAID"].value)
print("ADMIN includes:", [p.name for p in Perm if p in Perm.ADMIN and p is not Perm.ADMIN])
print("priority arithmetic:", Priority.HIGH - Priority.LOW, Priority.NORMAL > 1)
print("members:", [m.name for m in State])
