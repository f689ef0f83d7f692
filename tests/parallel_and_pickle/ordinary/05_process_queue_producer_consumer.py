"""Classic producer/consumer with two Processes and a Queue, ended by a sentinel."""
from multiprocessing import Process, Queue

SENTINEL = None


def producer(q, n):
    for i in range(n):
        q.put({"id": i, "payload": i * 3})
    q.put(SENTINEL)


def consumer(q, out):
    total = 0
    count = 0
    while True:
        item = q.get()
        if item is SENTINEL:
            break
        total += item["payload"]
        count += 1
    out.put((count, total))


if __name__ == "__main__":
    work = Queue()
    result = Queue()
    p = Process(target=producer, args=(work, 50))
    c = Process(target=consumer, args=(work, result))
    p.start()
    c.start()
    count, total = result.get(timeout=10)
    p.join()
    c.join()
    print(f"consumed {count} items, payload total {total}")
    print("exit codes:", p.exitcode, c.exitcode)
