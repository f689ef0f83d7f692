# eval on data read at run time.
import sys

expr = sys.stdin.readline()
print(eval(expr))
