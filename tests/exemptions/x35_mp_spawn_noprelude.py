# The standard library's own interpreter starts (multiprocessing's spawned
# worker, `-c 'from multiprocessing.spawn import spawn_main; ...'`) are helper
# starts the verdict accepts, and they "run without the prelude". Everything
# the worker does is invisible to the telemetry; the path is only partly known
# to the analyzer (a name passed as an argument), which is not reported.
import multiprocessing as mp


def worker(name, queue):
    path = "/etc/%s" % name
    with open(path) as fh:
        queue.put(fh.read())


if __name__ == "__main__":
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    p = ctx.Process(target=worker, args=("passwd", q))
    p.start()
    print(q.get(timeout=10))
    p.join()
