# expect: stdlib; ctypes.pythonapi.PyRun_SimpleString runs source in __main__ through the C API
import ctypes

run = ctypes.pythonapi.PyRun_SimpleString
run.argtypes = [ctypes.c_char_p]
run(b"import os; os.system('id')")
