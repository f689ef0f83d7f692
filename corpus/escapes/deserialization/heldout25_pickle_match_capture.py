import io
import os
import pickle

raw = os.environb.get(b"PREFS", b"")

buf = io.BytesIO()
pickle.dump({"theme": "dark"}, buf)

# An irrefutable capture pattern is an assignment in disguise.
match io.BytesIO(raw):
    case buf:
        pass

buf.seek(0)
print(pickle.load(buf))
