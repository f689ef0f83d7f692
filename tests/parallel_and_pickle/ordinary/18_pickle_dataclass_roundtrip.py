"""Round-trip a list of dataclass instances through pickle and compare."""
import pickle
from dataclasses import dataclass, field
from datetime import date


@dataclass
class Book:
    title: str
    author: str
    published: date
    tags: list = field(default_factory=list)


if __name__ == "__main__":
    shelf = [
        Book("Dune", "Frank Herbert", date(1965, 8, 1), ["sf", "classic"]),
        Book("Emma", "Jane Austen", date(1815, 12, 23)),
    ]
    blob = pickle.dumps(shelf, protocol=pickle.HIGHEST_PROTOCOL)
    restored = pickle.loads(blob)
    print(f"pickled {len(shelf)} books into {len(blob)} bytes")
    print("equal after round-trip:", restored == shelf)
    for b in restored:
        print(f"- {b.title} ({b.published.year}) by {b.author} {b.tags}")
