"""Pickle the same nested structure with every protocol and report the sizes."""
import pickle

data = {
    "matrix": [[i * j for j in range(5)] for i in range(5)],
    "names": ("alpha", "beta", "gamma"),
    "flags": {True, False},
    "ratio": 2 / 3,
    "raw": b"\x00\x01\x02",
    "nested": {"a": {"b": {"c": [None, 1.5, "x"]}}},
}
data["self_ref"] = [data["names"], data["names"]]

if __name__ == "__main__":
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        blob = pickle.dumps(data, protocol=proto)
        back = pickle.loads(blob)
        same_tuple = back["self_ref"][0] is back["self_ref"][1]
        print(f"protocol {proto}: {len(blob):4d} bytes, equal={back == data}, shared={same_tuple}")
