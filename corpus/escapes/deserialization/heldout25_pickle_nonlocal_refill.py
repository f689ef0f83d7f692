import io
import pickle
import sys


def roundtrip(obj, refill_from):
    buf = io.BytesIO()

    def refill(data):
        nonlocal buf
        buf = io.BytesIO(data)

    pickle.dump(obj, buf)
    with open(refill_from, "rb") as src:
        refill(src.read())
    buf.seek(0)
    return pickle.load(buf)


print(roundtrip({"k": "v"}, sys.argv[1]))
