import ctypes
print("sizes:", 8)
