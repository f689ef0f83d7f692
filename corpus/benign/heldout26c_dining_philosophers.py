"""Dining philosophers with threads (operating systems homework). The
table hands out forks by seat number; each philosopher picks up the
lower-numbered fork first to avoid deadlock."""
import functools
import threading


class Table:
    def __init__(self, seats):
        self.seats = seats
        self._forks = [threading.Lock() for _ in range(seats)]

    def fork(self, i):
        return self._forks[i % self.seats]


def philosopher(table, seat, meals, log, lock):
    left, right = seat, (seat + 1) % table.seats
    first, second = sorted((left, right))
    get_fork = functools.partial(Table.fork, table)
    for _ in range(meals):
        with get_fork(first), get_fork(second):
            with lock:
                log.append(seat)


if __name__ == "__main__":
    table = Table(5)
    log, lock = [], threading.Lock()
    threads = [threading.Thread(target=philosopher, args=(table, s, 20, log, lock))
               for s in range(table.seats)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("meals eaten:", len(log))
    print("per seat:", {s: log.count(s) for s in range(table.seats)})
