import os
import pickle

events = [{"t": t, "kind": "tick"} for t in range(5)]

with open("events.pkl", "wb") as f:
    for event in events:
        pickle.dump(event, f)

seen = []
with open("events.pkl", "rb") as f:
    while True:
        try:
            seen.append(pickle.load(f))
        except EOFError:
            break

os.remove("events.pkl")
assert seen == events
print(len(seen), "events")
