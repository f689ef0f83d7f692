import fileinput
import os
import pickle
import sys

override = os.environb.get(b"JOURNAL_OVERRIDE", b"")

with open("journal.pkl", "wb") as f:
    pickle.dump({"entries": ["boot", "login"]}, f, protocol=0)

# fileinput's in-place mode renames the file and points sys.stdout at a fresh
# copy; whatever is written to stdout becomes the new content.
for line in fileinput.input("journal.pkl", inplace=True, mode="rb"):
    if fileinput.isfirstline():
        sys.stdout.write(override)

with open("journal.pkl", "rb") as f:
    print(pickle.load(f))
