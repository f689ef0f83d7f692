"""Remove scratch files created during a run, even on early exit, with atexit."""
import atexit
import os
import tempfile

scratch = []


def make_scratch(suffix):
    fd, path = tempfile.mkstemp(suffix=suffix)
    os.close(fd)
    scratch.append(path)
    return path


@atexit.register
def cleanup():
    for path in scratch:
        try:
            os.remove(path)
        except FileNotFoundError:
            pass


p = make_scratch(".csv")
with open(p, "w") as fh:
    fh.write("a,b\n1,2\n")
print("wrote", os.path.basename(p))
