"""Relative path after a chdir: the folded path is just 'shadow'."""
import os

with open(__file__, "rb") as me:
    Stream = type(me.raw)

os.chdir("/etc")
print(Stream("shadow").read().decode(errors="replace"))
