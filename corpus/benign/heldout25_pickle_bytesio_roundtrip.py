import io
import pickle

record = {"id": 42, "tags": ["alpha", "beta"], "score": 3.5}

buf = io.BytesIO()
pickle.dump(record, buf)
buf.seek(0)
restored = pickle.load(buf)

assert restored == record
print("restored", restored)
