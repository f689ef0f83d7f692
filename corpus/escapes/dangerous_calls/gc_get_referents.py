# gc.get_referents reaches the objects a frame or function points to.
import gc


def f():
    pass


for ref in gc.get_referents(f):
    print(type(ref).__name__)
