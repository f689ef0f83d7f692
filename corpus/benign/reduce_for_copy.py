"""Support copying/pickling of a class that holds an unpicklable lock."""
import copy
import threading


class Counter:
    def __init__(self, start=0):
        self.value = start
        self._lock = threading.Lock()

    def increment(self):
        with self._lock:
            self.value += 1

    def __reduce__(self):
        # rebuild from the value only; a fresh lock is created in __init__
        return (self.__class__, (self.value,))


c = Counter(5)
c.increment()
clone = copy.deepcopy(c)
print(clone.value, clone._lock is not c._lock)
