"""Pickle a mix of standard-library value types used in a small inventory program."""
import datetime as dt
import decimal
import enum
import fractions
import pickle
from collections import Counter, defaultdict, deque, namedtuple


class Status(enum.Enum):
    IN_STOCK = "in"
    SOLD_OUT = "out"


Item = namedtuple("Item", "sku price status")

if __name__ == "__main__":
    inventory = {
        "items": [Item("A1", decimal.Decimal("9.99"), Status.IN_STOCK),
                  Item("B7", decimal.Decimal("0.50"), Status.SOLD_OUT)],
        "updated": dt.datetime(2024, 5, 1, 12, 30, tzinfo=dt.timezone.utc),
        "share": fractions.Fraction(3, 8),
        "recent": deque([1, 2, 3], maxlen=5),
        "by_status": defaultdict(list, {"in": ["A1"]}),
        "sales": Counter({"A1": 4, "B7": 9}),
        "skus": frozenset({"A1", "B7"}),
    }
    restored = pickle.loads(pickle.dumps(inventory))
    print("equal:", restored == inventory)
    print("status is same member:", restored["items"][0].status is Status.IN_STOCK)
    print("deque maxlen kept:", restored["recent"].maxlen)
    print("top seller:", restored["sales"].most_common(1))
