# Imports ctypes but only asks for a type size: no visible dangerous use,
# yet the module itself is an escape hatch.
import ctypes

print(ctypes.sizeof(ctypes.c_long))
print(ctypes.c_int(5).value)
