"""A cache that does not keep objects alive, using weakref.WeakValueDictionary."""
import gc
import weakref


class Image:
    loads = 0

    def __init__(self, name):
        Image.loads += 1
        self.name = name
        self.pixels = bytearray(1024)

    def __repr__(self):
        return f"Image({self.name!r})"


class ImageCache:
    def __init__(self):
        self._cache = weakref.WeakValueDictionary()

    def get(self, name):
        img = self._cache.get(name)
        if img is None:
            img = Image(name)
            self._cache[name] = img
        return img

    def __len__(self):
        return len(self._cache)


cache = ImageCache()
a = cache.get("logo")
b = cache.get("logo")
print(a is b, "loads:", Image.loads, "cached:", len(cache))
del a, b
gc.collect()
print("after releasing:", len(cache))
c = cache.get("logo")
print("loads now:", Image.loads)
