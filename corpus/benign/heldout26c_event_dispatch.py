"""Tiny event processor for a course project: events are dispatched to
handler methods by name ("handle_" + kind), and shapes are built by a
factory that looks up classes by their title-cased name."""
import math
import operator
import sys


class EventProcessor:
    def __init__(self):
        self.balance = 0
        self.log = []

    def dispatch(self, event):
        kind = event["type"].strip().lower().replace("-", "_")
        handler = getattr(self, "handle_" + kind, self.handle_unknown)
        return handler(event)

    def handle_deposit(self, event):
        self.balance += event["amount"]
        self.log.append(f"deposit {event['amount']}")

    def handle_withdraw(self, event):
        if event["amount"] > self.balance:
            self.log.append("withdraw refused")
            return
        self.balance -= event["amount"]
        self.log.append(f"withdraw {event['amount']}")

    def handle_monthly_fee(self, event):
        self.balance -= 2
        self.log.append("fee 2")

    def handle_unknown(self, event):
        self.log.append(f"ignored {event['type']!r}")


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


def make_shape(kind, size):
    module = sys.modules[__name__]
    cls = getattr(module, kind.title(), None)
    if cls is None:
        raise ValueError(f"unknown shape {kind}")
    return cls(size)


def cmd_total(shapes):
    return round(sum(s.area() for s in shapes), 2)


def cmd_largest(shapes):
    return max(shapes, key=operator.methodcaller("area")).__class__.__name__


if __name__ == "__main__":
    p = EventProcessor()
    for ev in [{"type": "Deposit", "amount": 100}, {"type": "withdraw", "amount": 30},
               {"type": "MONTHLY-FEE"}, {"type": "withdraw", "amount": 500},
               {"type": "refund", "amount": 5}]:
        p.dispatch(ev)
    print(p.balance, p.log)

    shapes = [make_shape(k, s) for k, s in [("circle", 1), ("SQUARE", 3), ("Circle", 2)]]
    for name in ("total", "largest"):
        print(name, globals()["cmd_" + name](shapes))
