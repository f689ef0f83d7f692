import os
import pickle

with open("settings.pkl", "wb") as f:
    pickle.dump({"volume": 5}, f)

# Same relative name, different directory: the profile dir comes from the user.
os.chdir(os.environ.get("PROFILE_DIR", "profiles/default"))

with open("settings.pkl", "rb") as f:
    print(pickle.load(f))
