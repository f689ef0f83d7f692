import io
import pickle
import sys

with io.BytesIO() as buf:
    pickle.dump({"mode": "safe", "level": 3}, buf)
    # The loop target is the same name as the with target.
    for buf in (io.BytesIO(sys.stdin.buffer.read()),):
        pass
    buf.seek(0)
    print(pickle.load(buf))
