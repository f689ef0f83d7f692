"""Context managers with classes and with contextlib."""
import contextlib
import os
import tempfile


class Indenter:
    def __init__(self):
        self.level = 0

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.level -= 1
        return False

    def print(self, text):
        print("    " * self.level + text)


@contextlib.contextmanager
def working_directory(path):
    old = os.getcwd()
    os.chdir(path)
    try:
        yield path
    finally:
        os.chdir(old)


with Indenter() as ind:
    ind.print("level one")
    with ind:
        ind.print("level two")
    ind.print("back to one")

with tempfile.TemporaryDirectory() as tmp:
    with working_directory(tmp):
        with open("notes.txt", "w") as fh:
            fh.write("written inside the temp dir\n")
        print(sorted(os.listdir(".")))

with contextlib.suppress(KeyError):
    {}["missing"]
print("KeyError was suppressed")
