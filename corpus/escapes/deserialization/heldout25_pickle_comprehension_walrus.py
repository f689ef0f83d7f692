import io
import pickle
import sys

chunks = [bytes.fromhex(arg) for arg in sys.argv[1:]]

buf = io.BytesIO()
pickle.dump({"chunks": len(chunks)}, buf)

# A walrus inside a comprehension binds in the enclosing (module) scope,
# so this silently rebinds buf to a stream built from argv.
sizes = [len((buf := io.BytesIO(c)).getvalue()) for c in chunks]

buf.seek(0)
print(sizes, pickle.load(buf))
