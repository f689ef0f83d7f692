"""JoinableQueue with task_done, and an Event to tell workers to stop."""
import queue
from multiprocessing import Event, JoinableQueue, Process, Queue


def worker(tasks, results, stop):
    while not stop.is_set():
        try:
            n = tasks.get(timeout=0.1)
        except queue.Empty:
            continue
        results.put((n, sum(range(n + 1))))
        tasks.task_done()


if __name__ == "__main__":
    tasks, results, stop = JoinableQueue(), Queue(), Event()
    procs = [Process(target=worker, args=(tasks, results, stop)) for _ in range(2)]
    for p in procs:
        p.start()
    for n in range(1, 11):
        tasks.put(n)
    tasks.join()
    stop.set()
    out = sorted(results.get(timeout=5) for _ in range(10))
    for p in procs:
        p.join()
    print("triangular numbers:", [v for _, v in out])
