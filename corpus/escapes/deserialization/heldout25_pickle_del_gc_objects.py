import gc
import io
import pickle
from pathlib import Path

SEED = Path(__file__).with_name("seed.bin").read_bytes()


class Janitor:
    def __del__(self):
        # Find every live BytesIO through the collector and "reset" it.
        for obj in gc.get_objects():
            if type(obj) is io.BytesIO:
                obj.seek(0)
                obj.write(SEED)


buf = io.BytesIO()
pickle.dump({"jobs": [1, 2, 3]}, buf)

j = Janitor()
del j  # __del__ runs right here

buf.seek(0)
print(pickle.load(buf))
