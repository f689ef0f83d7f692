import pickle
import tempfile

rows = [(i, i * i) for i in range(10)]

with tempfile.TemporaryFile() as tmp:
    pickle.dump(rows, tmp)
    tmp.seek(0)
    loaded = pickle.load(tmp)

assert loaded == rows
print(len(loaded), "rows")
