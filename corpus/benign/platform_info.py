"""Reporting the runtime environment: platform.system() is not os.system()."""
import os
import platform
import sys


def environment_report():
    return {
        "system": platform.system(),
        "machine": platform.machine(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "os_name": os.name,
        "platform": sys.platform,
        "cpus": os.cpu_count() or 1,
        "max_int_digits": sys.get_int_max_str_digits(),
    }


for key, value in environment_report().items():
    print(f"{key:>16}: {value}")
