import os
import pickle

history = {"visits": [3, 1, 4, 1, 5]}

with open("history.pkl", "w+b") as f:
    pickle.dump(history, f)
    f.seek(0)
    back = pickle.load(f)

os.remove("history.pkl")
assert back == history
print(back)
