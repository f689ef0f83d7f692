"""__getstate__/__setstate__ drop an unpicklable file handle and reopen it after loading."""
import os
import pickle
import tempfile


class RunLog:
    def __init__(self, path):
        self.path = path
        self.lines_written = 0
        self._fh = open(path, "a", encoding="utf-8")

    def write(self, text):
        self._fh.write(text + "\n")
        self._fh.flush()
        self.lines_written += 1

    def __getstate__(self):
        state = self.__dict__.copy()
        del state["_fh"]
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._fh = open(self.path, "a", encoding="utf-8")

    def close(self):
        self._fh.close()


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        log = RunLog(os.path.join(tmp, "run.log"))
        log.write("epoch 1 loss 0.91")
        log.write("epoch 2 loss 0.63")
        blob = pickle.dumps(log)
        log.close()

        again = pickle.loads(blob)
        again.write("epoch 3 loss 0.48")
        again.close()
        with open(again.path, encoding="utf-8") as fh:
            print(fh.read().strip())
        print("lines written by restored logger:", again.lines_written)
