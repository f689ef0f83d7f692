"""A Manager shares a dict and a list between worker processes."""
from multiprocessing import Manager, Process


def grade(name, scores, results, log):
    avg = sum(scores) / len(scores)
    results[name] = round(avg, 1)
    log.append(f"graded {name}")


if __name__ == "__main__":
    students = {"ana": [90, 85, 77], "bo": [60, 72, 81], "cy": [99, 94, 97]}
    with Manager() as manager:
        results = manager.dict()
        log = manager.list()
        procs = [Process(target=grade, args=(n, s, results, log)) for n, s in students.items()]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        print("averages:", dict(sorted(results.items())))
        print("log entries:", len(log))
