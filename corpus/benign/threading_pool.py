"""Threads: ThreadPoolExecutor.map, a Lock-protected counter and a Queue."""
import queue
import threading
from concurrent.futures import ThreadPoolExecutor, as_completed


def word_length(word):
    return word, len(word)


with ThreadPoolExecutor(max_workers=4) as pool:
    print(dict(pool.map(word_length, ["alpha", "be", "gamma"])))
    futures = [pool.submit(pow, 2, n) for n in range(5)]
    print(sorted(f.result() for f in as_completed(futures)))

counter, lock = [0], threading.Lock()


def bump(times):
    for _ in range(times):
        with lock:
            counter[0] += 1


threads = [threading.Thread(target=bump, args=(1000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
q = queue.Queue()
q.put("done")
print(counter[0], q.get())
