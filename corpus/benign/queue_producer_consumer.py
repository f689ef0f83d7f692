"""Producer/consumer with threading and queue.Queue."""
import queue
import threading

SENTINEL = object()


def producer(q, n):
    for i in range(n):
        q.put(i * i)
    q.put(SENTINEL)


def consumer(q, results, lock):
    while True:
        item = q.get()
        if item is SENTINEL:
            q.put(SENTINEL)
            q.task_done()
            break
        with lock:
            results.append(item)
        q.task_done()


q = queue.Queue(maxsize=5)
results = []
lock = threading.Lock()
workers = [threading.Thread(target=consumer, args=(q, results, lock)) for _ in range(3)]
for w in workers:
    w.start()
producer(q, 20)
for w in workers:
    w.join()
print(len(results), "items, sum =", sum(results))
print(sorted(results)[:6])
