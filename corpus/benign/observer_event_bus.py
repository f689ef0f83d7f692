"""A minimal publish/subscribe event bus."""
from collections import defaultdict
from functools import partial


class EventBus:
    def __init__(self):
        self._subs = defaultdict(list)

    def subscribe(self, event, handler):
        self._subs[event].append(handler)
        return partial(self._subs[event].remove, handler)

    def publish(self, event, **payload):
        results = []
        for handler in list(self._subs[event]):
            results.append(handler(**payload))
        return results


log = []
bus = EventBus()
unsubscribe = bus.subscribe("order.created", lambda order_id, total: log.append(("audit", order_id)))
bus.subscribe("order.created", lambda order_id, total: f"email for #{order_id}: {total:.2f}")
bus.subscribe("order.cancelled", lambda order_id: f"refund #{order_id}")

print(bus.publish("order.created", order_id=7, total=19.99))
unsubscribe()
print(bus.publish("order.created", order_id=8, total=5.00))
print(bus.publish("order.cancelled", order_id=7))
print("audit log:", log)
