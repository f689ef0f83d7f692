import io
import pickle
import sys


def roundtrip(obj):
    buf = io.BytesIO()
    pickle.dump(obj, buf)
    yield buf  # the buffer escapes to the caller here
    buf.seek(0)
    yield pickle.load(buf)


gen = roundtrip({"snapshot": [1, 2, 3]})
stream = next(gen)
stream.seek(0)
stream.write(sys.stdin.buffer.read())
print(next(gen))
