"""Producer/consumer threads with queue.Queue and a sentinel."""
import queue
import threading

q = queue.Queue(maxsize=10)
DONE = object()
results = []


def producer():
    for i in range(20):
        q.put(i)
    q.put(DONE)


def consumer():
    while (item := q.get()) is not DONE:
        results.append(item * item)


threads = [threading.Thread(target=producer), threading.Thread(target=consumer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sum(results))
