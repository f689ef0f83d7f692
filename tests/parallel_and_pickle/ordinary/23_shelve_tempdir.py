"""A tiny persistent key/value store with shelve in a temporary directory."""
import os
import shelve
import tempfile
from dataclasses import dataclass


@dataclass
class Experiment:
    name: str
    accuracy: float
    params: dict


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        db_path = os.path.join(tmp, "experiments")
        with shelve.open(db_path) as db:
            db["baseline"] = Experiment("baseline", 0.81, {"depth": 3})
            db["deeper"] = Experiment("deeper", 0.86, {"depth": 6})
            db["runs"] = ["baseline", "deeper"]

        with shelve.open(db_path, flag="r") as db:
            best = max((db[k] for k in db["runs"]), key=lambda e: e.accuracy)
            print("keys:", sorted(db.keys()))
            print("best:", best)

        with shelve.open(db_path, writeback=True) as db:
            db["runs"].append("wider")
            db["wider"] = Experiment("wider", 0.84, {"depth": 3, "width": 256})
        with shelve.open(db_path, flag="r") as db:
            print("runs now:", db["runs"])
