"""A small synchronous event bus: handlers subscribe to event names."""
from collections import defaultdict


class EventBus:
    def __init__(self):
        self._handlers = defaultdict(list)

    def on(self, event):
        def register(fn):
            self._handlers[event].append(fn)
            return fn
        return register

    def emit(self, event, **payload):
        return [fn(**payload) for fn in self._handlers[event]]


bus = EventBus()


@bus.on("order.created")
def send_receipt(order_id, email):
    return f"receipt for {order_id} to {email}"


print(bus.emit("order.created", order_id=17, email="a@example.org"))
