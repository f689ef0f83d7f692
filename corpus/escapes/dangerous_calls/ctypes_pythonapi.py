# pythonapi calls the C API; PyRun_SimpleString runs code past audit hooks
# installed at the Python level only.
import ctypes

run = ctypes.pythonapi.PyRun_SimpleString
run.argtypes = [ctypes.c_char_p]
run(b"import os; os.system('id')")
