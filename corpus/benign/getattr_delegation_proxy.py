"""Wrap a file-like object and count reads, delegating everything else."""
import io


class CountingReader:
    def __init__(self, wrapped):
        self._wrapped = wrapped
        self.reads = 0

    def read(self, *args):
        self.reads += 1
        return self._wrapped.read(*args)

    def __getattr__(self, name):
        return getattr(self._wrapped, name)


r = CountingReader(io.StringIO("abc\ndef\n"))
r.read(2)
r.read()
print(r.reads, r.closed, r.tell())
