"""Debounce saves with threading.Timer: only the last call within 0.3 s runs."""
import threading
import time


class Debouncer:
    def __init__(self, delay, fn):
        self.delay, self.fn, self._timer = delay, fn, None

    def __call__(self, *args):
        if self._timer is not None:
            self._timer.cancel()
        self._timer = threading.Timer(self.delay, self.fn, args)
        self._timer.start()


save = Debouncer(0.3, lambda text: print("saved:", text))
for text in ["h", "he", "hel", "hello"]:
    save(text)
    time.sleep(0.05)
time.sleep(0.5)
