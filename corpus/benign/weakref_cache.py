"""A weakly referenced cache of expensive objects."""
import weakref


class Image:
    def __init__(self, name):
        self.name = name
        self.pixels = bytearray(1024)

    def __repr__(self):
        return f"Image({self.name!r})"


class ImageCache:
    def __init__(self):
        self._items = weakref.WeakValueDictionary()
        self.loads = 0

    def get(self, name):
        image = self._items.get(name)
        if image is None:
            self.loads += 1
            image = Image(name)
            self._items[name] = image
        return image


cache = ImageCache()
a = cache.get("logo")
b = cache.get("logo")
print(a is b, cache.loads)
del a, b
cache.get("logo")
print(cache.loads, len(cache._items))
