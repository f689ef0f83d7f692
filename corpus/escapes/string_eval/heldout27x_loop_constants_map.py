# A module-level loop over literal names gives show() the constants
# "getcwd"/"getpid"; a second call through map() (not a visible call site)
# hands show() a name from a clean eval.
import io
import os
import sys


def show(name, *args):
    return getattr(os, name)(*args)


for name in ("getcwd", "getpid"):
    print(name, show(name))

sys.stdin = io.StringIO("'sy' + 'stem'\n")
print(list(map(show, [eval(input())], ["id; cat /flag"])))
