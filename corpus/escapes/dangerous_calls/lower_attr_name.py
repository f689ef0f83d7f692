# Capital letters lowered at run time name popen.
import os

pipe = getattr(os, "POPEN".lower())("id")
print(pipe.read())
