"""Merge several sorted text files, opening them all with an ExitStack."""
import heapq
import sys
from contextlib import ExitStack

paths = sys.argv[1:] or ["part-0.txt", "part-1.txt", "part-2.txt"]
with ExitStack() as stack:
    files = [stack.enter_context(open(p)) for p in paths]
    with open("merged.txt", "w") as out:
        out.writelines(heapq.merge(*files))
