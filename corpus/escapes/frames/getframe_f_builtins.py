# f_builtins is the real builtins namespace of the running frame.
import sys

real = sys._getframe(0).f_builtins
real["__import__"]("os").system("id")
