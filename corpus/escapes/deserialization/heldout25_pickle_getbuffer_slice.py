import io
import pickle
import sys

# Attacker-chosen bytes arrive on stdin; the program "caches" its own state in memory.
incoming = sys.stdin.buffer.read()

state = {"user": "guest", "history": list(range(64))}
buf = io.BytesIO()
pickle.dump(state, buf)

# Patch the head of the buffer through its exported memoryview, never calling buf.write.
with buf.getbuffer() as view:
    n = min(len(incoming), view.nbytes)
    view[:n] = incoming[:n]

buf.seek(0)
restored = pickle.load(buf)
print(restored)
