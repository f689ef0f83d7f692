import io
import pickle
from dataclasses import dataclass, field


@dataclass
class Order:
    number: int
    items: list = field(default_factory=list)
    paid: bool = False


orders = [Order(1, ["pen"]), Order(2, ["ink", "paper"], True)]
buf = io.BytesIO()
pickle.dump(orders, buf)
buf.seek(0)
assert pickle.load(buf) == orders
print("orders ok")
