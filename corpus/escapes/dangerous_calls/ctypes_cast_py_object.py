# cast an address to a py_object pointer: arbitrary object forging.
import ctypes

addr = id([1, 2, 3])
obj = ctypes.cast(addr, ctypes.py_object).value
print(obj)
print(ctypes.string_at(addr, 32))
