# expect: introspection; functools.update_wrapper copies a guarded attribute (__globals__) into a receiver object
import functools
import shutil


class Sink:
    def __setattr__(self, key, value):
        if key == "__globals__":
            object.__setattr__(self, "loot", value)


sink = Sink()
functools.update_wrapper(sink, shutil.rmtree, assigned=("__globals__",), updated=())
sink.loot["os"].system("id")
