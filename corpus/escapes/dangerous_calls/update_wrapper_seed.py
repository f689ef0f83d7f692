# From the python-dev seed: functools.update_wrapper copies any attribute with
# the real getattr, and a __setattr__ hook catches it on the other side.
import functools


def steal(src, attr):
    box = {}

    class Sink:
        def __setattr__(self, key, value):
            box[key] = value

    functools.update_wrapper(Sink(), src, assigned=(attr,), updated=())
    return box.get(attr)


print(steal(functools.total_ordering, "__globals__"))
