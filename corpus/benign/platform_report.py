"""Print a short environment report for bug reports (read-only facts)."""
import locale
import os
import platform
import sys


def report():
    return {
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "os": platform.system(),
        "release": platform.release(),
        "arch": platform.machine(),
        "cpu count": os.cpu_count(),
        "encoding": locale.getpreferredencoding(False),
        "max int": sys.maxsize,
        "recursion limit": sys.getrecursionlimit(),
        "float digits": sys.float_info.dig,
    }


width = max(len(k) for k in report())
for key, value in report().items():
    print(f"{key:<{width}} : {value}")

if platform.system() == "Windows":
    print("path separator is a backslash")
else:
    print("path separator:", os.sep)
print("byte order:", sys.byteorder)
