# Paths that reach secrets without starting by climbing: "./../..", "x/../..",
# and a chdir up (to "/", not a secret) followed by relative paths; the
# directory is also given by a clean eval.
import io
import os
import sys


def dump(path):
    try:
        with open(path) as fh:
            print(fh.read())
    except OSError as exc:
        print(exc)


dump("./" + "../" * 12 + "etc/shadow")
dump("build/" + "../" * 12 + "etc/shadow")
sys.stdin = io.StringIO("'../' * 12\n")
os.chdir(eval(input()))
dump("etc/shadow")
os.chdir(os.path.expanduser("~"))
dump(".ssh/id_rsa")
