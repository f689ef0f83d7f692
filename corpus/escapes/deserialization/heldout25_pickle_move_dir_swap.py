import pickle
import shutil
from pathlib import Path

cache = Path("cache")
cache.mkdir(exist_ok=True)
target = cache / "model.pkl"

with target.open("wb") as f:
    pickle.dump({"weights": [0.1, 0.2]}, f)

# Swap whole directories: no file named model.pkl is ever written or linked.
shutil.rmtree("cache.old", ignore_errors=True)
cache.rename("cache.old")
shutil.move("incoming", "cache")  # directory that arrived with an upload

with target.open("rb") as f:
    print(pickle.load(f))
