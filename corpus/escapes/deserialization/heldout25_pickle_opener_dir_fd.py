import os
import pickle
import sys

with open("state.pkl", "wb") as f:
    pickle.dump({"round": 1}, f)

upload_dir = os.open(sys.argv[1], os.O_RDONLY)


def in_upload_dir(path, flags):
    return os.open(path, flags, dir_fd=upload_dir)


# The name is the same, but the opener resolves it inside the uploaded directory.
with open("state.pkl", "rb", opener=in_upload_dir) as f:
    print(pickle.load(f))
