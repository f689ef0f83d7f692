# expect: introspection; walks sys._getframe back to the outermost frame and uses its real builtins to import os
import sys

frame = sys._getframe(0)
while frame.f_back is not None:
    frame = frame.f_back
real_builtins = frame.f_builtins
real_builtins["__import__"]("os").system("id")
