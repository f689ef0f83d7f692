# Attribute name taken from the command line.
import sys

obj = [3, 1, 2]
method = getattr(obj, sys.argv[1])
print(method())
