"""Several processes increment a shared Value under a Lock."""
from multiprocessing import Lock, Process, Value


def bump(counter, lock, times):
    for _ in range(times):
        with lock:
            counter.value += 1


if __name__ == "__main__":
    counter = Value("i", 0)
    lock = Lock()
    procs = [Process(target=bump, args=(counter, lock, 500)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print("expected", 3 * 500, "got", counter.value)
    assert counter.value == 1500
