"""Flush every open LogBuffer at exit by finding them with gc (bounded, one class)."""
import atexit
import gc


class LogBuffer:
    def __init__(self, path):
        self.path = path
        self.lines = []

    def write(self, line):
        self.lines.append(line)

    def flush(self):
        if self.lines:
            with open(self.path, "a") as fh:
                fh.write("\n".join(self.lines) + "\n")
            self.lines.clear()


def flush_all():
    for obj in gc.get_objects():
        if isinstance(obj, LogBuffer):
            obj.flush()
    with open("events.log") as fh:
        print("events.log has", len(fh.read().splitlines()), "lines")


atexit.register(flush_all)
a = LogBuffer("events.log")
b = LogBuffer("events.log")
for i in range(3):
    a.write(f"a{i}")
    b.write(f"b{i}")
print("buffers created")
