# ordinary: a scratch-workspace object registers weakref.finalize to delete its temporary directory when it is garbage-collected or at exit
import pathlib
import shutil
import tempfile
import weakref


class Workspace:
    def __init__(self, label):
        self.label = label
        self.path = pathlib.Path(tempfile.mkdtemp(prefix=f"ws-{label}-"))
        self._finalizer = weakref.finalize(self, shutil.rmtree, str(self.path), ignore_errors=True)

    def write(self, name, text):
        target = self.path / name
        target.write_text(text)
        return target

    def close(self):
        self._finalizer()

    @property
    def closed(self):
        return not self._finalizer.alive


ws = Workspace("grading")
f = ws.write("answers.txt", "1\n2\n3\n")
print("wrote", f.name, "lines:", len(f.read_text().splitlines()))
kept = ws.path
ws.close()
print("closed:", ws.closed, "directory still there:", kept.exists())

other = Workspace("scratch")
other_path = other.path
del other  # reference count drops to zero, finalizer runs
print("scratch removed after del:", not other_path.exists())
