# Imports pickle and only serialises (dumps), never loads.
import pickle

blob = pickle.dumps({"a": 1, "b": [1, 2, 3]})
print(len(blob))
