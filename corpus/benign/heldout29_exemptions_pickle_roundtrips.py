"""Own pickle round trips: deep copy, a buffer and a cache file."""
import io
import pickle
from dataclasses import dataclass, field


@dataclass
class Book:
    title: str
    tags: list = field(default_factory=list)


shelf = [Book("Dune", ["sf"]), Book("Emma", ["novel"])]

copy = pickle.loads(pickle.dumps(shelf))
copy[0].tags.append("classic")
print(shelf[0].tags, copy[0].tags)

buf = io.BytesIO()
pickle.dump(shelf, buf)
buf.seek(0)
print(pickle.load(buf))

with open("shelf.pkl", "wb") as fh:
    pickle.dump(shelf, fh)
with open("shelf.pkl", "rb") as fh:
    print(pickle.load(fh) == shelf)
