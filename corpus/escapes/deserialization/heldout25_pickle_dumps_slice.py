import pickle
import sys

note = sys.stdin.buffer.read()

# Pickle the raw note (a bytes object), then load from where its raw bytes start
# inside the pickle: the tail of a dumps() result is the attacker's bytes verbatim.
blob = pickle.dumps(note, protocol=3)
start = blob.index(note)
print(pickle.loads(memoryview(blob)[start:]))
