"""Compare serialised sizes of the same data with pickle protocols and json."""
import json
import pickle
from dataclasses import dataclass, asdict


@dataclass
class Reading:
    sensor: str
    value: float
    ok: bool


data = [Reading(f"s{i % 4}", i * 0.5, i % 3 != 0) for i in range(200)]

sizes = {}
for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    sizes[f"pickle p{proto}"] = len(pickle.dumps(data, protocol=proto))
sizes["json"] = len(json.dumps([asdict(r) for r in data]).encode())

for name, size in sorted(sizes.items(), key=lambda kv: kv[1]):
    print(f"{name:<10}{size:>8} bytes")

blob = pickle.dumps({"answer": 42})
print("first bytes:", blob[:4], "length:", len(blob))
print("default protocol:", pickle.DEFAULT_PROTOCOL)
