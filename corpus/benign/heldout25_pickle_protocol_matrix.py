import pickle

sample = {"text": "héllo", "nums": [1, 2.5, 3 + 4j], "raw": b"\x00\x01", "set": {1, 2}}

for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    data = pickle.dumps(sample, protocol=proto)
    assert pickle.loads(data) == sample
    print("protocol", proto, len(data), "bytes")
