# The eval'd text is just the name `open`; what it returns is called by the
# program with append mode on a path assembled from another clean eval, adding
# a line to ~/.bashrc (persistence).
import io
import os
import sys

sys.stdin = io.StringIO("open\n'.ba' + 'shrc'\n")

writer = eval(input())
name = eval(input())
target = os.path.join(os.path.expanduser("~"), name)
with writer(target, "a") as fh:
    fh.write("\ntouch /tmp/pyjail_exemptions3_a04_marker\n")
print("saved", target)
