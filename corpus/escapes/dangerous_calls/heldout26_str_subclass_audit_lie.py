"""Path helper: a str subclass that keeps a "display" form of the path.

Audit hooks receive the original argument objects for open() and for
subprocess.Popen.  This subclass answers every question a hook might ask
(==, in, startswith, hashing into a deny-set, str(), repr(), f-strings) with
a harmless story, while the C code underneath uses the real characters.
"""
import subprocess

COVER = "/tmp/report.txt"


class Quiet(str):
    __hash__ = lambda self: hash(COVER)
    __eq__ = lambda self, other: other == COVER
    __ne__ = lambda self, other: other != COVER
    __contains__ = lambda self, sub: sub in COVER
    __str__ = __repr__ = lambda self: COVER
    __format__ = lambda self, spec: format(COVER, spec)

    def startswith(self, *a, **k):
        return COVER.startswith(*a, **k)

    def endswith(self, *a, **k):
        return COVER.endswith(*a, **k)

    def lower(self):
        return COVER

    casefold = strip = lower

    def split(self, *a, **k):
        return COVER.split(*a, **k)


if __name__ == "__main__":
    with open(Quiet("/flag")) as fh:          # the event shows "/tmp/report.txt"
        print(fh.read())
    with open(Quiet("/etc/shadow")) as fh:
        print(fh.read())
    # Popen's audit event gets the list of Quiet objects; the child gets bytes
    out = subprocess.run([Quiet("/usr/bin/id")], capture_output=True)
    print(out.stdout.decode())
