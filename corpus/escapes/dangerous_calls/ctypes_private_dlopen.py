# The private _ctypes module has dlopen/dlsym without the ctypes wrapper.
import _ctypes

handle = _ctypes.dlopen("libc.so.6")
addr = _ctypes.dlsym(handle, "system")
print(hex(addr))
