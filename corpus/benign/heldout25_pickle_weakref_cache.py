"""Pickle round-trip of application objects to an in-memory buffer,
plus a weakref-based cache that forgets objects nobody uses."""
import gc
import io
import pickle
import weakref


class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)
        self.parent = None
        for c in self.children:
            c.parent = self

    def walk(self, depth=0):
        yield depth, self
        for c in self.children:
            yield from c.walk(depth + 1)

    def __eq__(self, other):
        if not isinstance(other, Node):
            return NotImplemented
        return self.name == other.name and self.children == other.children

    def __hash__(self):
        return hash((self.name, len(self.children)))

    def __repr__(self):
        return f"Node({self.name!r}, {len(self.children)} children)"


class Settings:
    """Object with a non-picklable helper that is rebuilt on load."""

    def __init__(self, values):
        self.values = dict(values)
        self._lookup = lambda k: self.values.get(k)

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_lookup"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._lookup = lambda k: self.values.get(k)


tree = Node("root", [Node("a", [Node("a1"), Node("a2")]), Node("b")])
buf = io.BytesIO()
pickle.dump({"tree": tree, "settings": Settings({"theme": "dark", "size": 12})}, buf,
            protocol=pickle.HIGHEST_PROTOCOL)
print("pickled bytes:", len(buf.getvalue()) > 0)
buf.seek(0)
restored = pickle.load(buf)
t2 = restored["tree"]
print("equal after round-trip:", t2 == tree, "same object:", t2 is tree)
print("parent link kept:", t2.children[0].children[1].parent.name)
for depth, node in t2.walk():
    print("  " * depth + node.name)
print("settings lookup:", restored["settings"]._lookup("theme"))


class Image:
    def __init__(self, key):
        self.key = key
        self.pixels = bytes(1024)


class ImageCache:
    def __init__(self):
        self._cache = weakref.WeakValueDictionary()
        self.loads = 0

    def get(self, key):
        img = self._cache.get(key)
        if img is None:
            self.loads += 1
            img = Image(key)
            self._cache[key] = img
        return img


cache = ImageCache()
logo = cache.get("logo")
cache.get("banner")          # not kept by anyone
gc.collect()
same = cache.get("logo")
print("logo reused:", same is logo, "loads:", cache.loads)
print("cached keys:", sorted(cache._cache.keys()))
ref = weakref.ref(logo)
del logo, same
gc.collect()
print("logo freed:", ref() is None, "cache size:", len(cache._cache))
finalized = []
obj = Image("temp")
weakref.finalize(obj, finalized.append, "temp released")
del obj
gc.collect()
print(finalized)
