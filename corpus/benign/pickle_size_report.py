"""Compare serialized sizes of a record with pickle protocols and JSON."""
import json
import pickle

record = {"id": 1234, "tags": ["a", "b", "c"] * 20, "score": 0.875, "name": "sample"}

sizes = {f"pickle p{p}": len(pickle.dumps(record, protocol=p)) for p in range(2, pickle.HIGHEST_PROTOCOL + 1)}
sizes["json"] = len(json.dumps(record).encode())
for label, size in sorted(sizes.items(), key=lambda kv: kv[1]):
    print(f"{label:<12} {size} bytes")
