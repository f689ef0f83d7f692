# expect: stdlib; copy.copy reconstructs an object whose __reduce_ex__ names a callable looked up by string
import copy
import pydoc


class Snapshot:
    def __reduce_ex__(self, protocol):
        return (pydoc.locate("os.system"), ("id",))


copy.copy(Snapshot())
