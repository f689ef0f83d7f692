# memmove writes raw memory: here the bytes of an immutable int object.
import ctypes

target = 1000
raw = (ctypes.c_char * 8)()
ctypes.memmove(id(target) + 24, raw, 8)
print(target)
