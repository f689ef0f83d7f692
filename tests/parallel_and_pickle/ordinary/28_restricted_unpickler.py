"""Only unpickle what we expect: an Unpickler whose find_class allows a short list of our own classes."""
import io
import pickle
from collections import OrderedDict


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class AllowListUnpickler(pickle.Unpickler):
    ALLOWED = {("__main__", "Point"), ("collections", "OrderedDict")}

    def find_class(self, module, name):
        if (module, name) in self.ALLOWED:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"refusing {module}.{name}")


def safe_loads(blob):
    return AllowListUnpickler(io.BytesIO(blob)).load()


if __name__ == "__main__":
    good = OrderedDict(origin=Point(0, 0), corner=Point(3, 4))
    print("allowed:", safe_loads(pickle.dumps(good)))
    try:
        safe_loads(pickle.dumps(io.StringIO("x")))
    except pickle.UnpicklingError as exc:
        print("rejected:", exc)
