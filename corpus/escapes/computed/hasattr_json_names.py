# Names read from JSON input are probed and fetched with hasattr/getattr.
import json
import sys

names = json.load(sys.stdin)
for n in names:
    if hasattr(str, n):
        print(n, getattr(str, n))
