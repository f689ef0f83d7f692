import gzip
import os
import pickle

matrix = [[i * j for j in range(20)] for i in range(20)]

with gzip.open("matrix.pkl.gz", "wb") as f:
    pickle.dump(matrix, f, protocol=pickle.HIGHEST_PROTOCOL)

with gzip.open("matrix.pkl.gz", "rb") as f:
    loaded = pickle.load(f)

os.remove("matrix.pkl.gz")
assert loaded == matrix
print("gzip ok")
