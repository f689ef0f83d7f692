import os
import pickle

try:
    limit = int(os.environ.get("LIMIT", "unset"))
    with open("limits.pkl", "wb") as f:
        pickle.dump({"limit": limit}, f)
except ValueError:
    pass  # the dump never happened; limits.pkl is whatever was already there
finally:
    with open("limits.pkl", "rb") as f:
        print(pickle.load(f))
