"""Own objects travel between processes through a multiprocessing Queue (pickled under the hood)."""
from dataclasses import dataclass
from multiprocessing import Process, Queue


@dataclass
class Order:
    order_id: int
    items: dict

    def total(self, prices):
        return sum(prices[k] * n for k, n in self.items.items())


PRICES = {"apple": 0.5, "bread": 2.25, "milk": 1.1}


def cashier(inbox, outbox):
    while (order := inbox.get()) is not None:
        outbox.put((order.order_id, round(order.total(PRICES), 2), order))


if __name__ == "__main__":
    inbox, outbox = Queue(), Queue()
    p = Process(target=cashier, args=(inbox, outbox))
    p.start()
    orders = [Order(1, {"apple": 4}), Order(2, {"bread": 1, "milk": 2}), Order(3, {})]
    for o in orders:
        inbox.put(o)
    inbox.put(None)
    for _ in orders:
        oid, total, echoed = outbox.get(timeout=10)
        print(f"order {oid}: {total:.2f} (round-trip equal: {echoed == orders[oid - 1]})")
    p.join()
