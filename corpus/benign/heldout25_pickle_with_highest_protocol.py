import os
import pickle

inventory = {"apples": 3, "pears": 7, "plums": 0}

with open("inventory.pkl", "wb") as f:
    pickle.dump(inventory, f, protocol=pickle.HIGHEST_PROTOCOL)

with open("inventory.pkl", "rb") as f:
    again = pickle.load(f)

os.remove("inventory.pkl")
assert again == inventory
print(again)
