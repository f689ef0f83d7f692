# Feeds its own fd 0 through a pipe (not sys.stdin replacement) and evals a
# line that is only a string expression; the program opens the resulting
# path, /proc/self/root/etc/shadow, which reaches /etc/shadow.
import os
import sys

r, w = os.pipe()
os.write(w, b"'/proc/self/root/' + 'et' + 'c/sha' + 'dow'\n")
os.close(w)
os.dup2(r, 0)
sys.stdin = os.fdopen(0, "r")
path = eval(input())
with open(path) as fh:
    print(fh.read())
