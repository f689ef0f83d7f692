"""Generate a small helper module, then import and use it."""
import pathlib

HELPER = '''"""Generated unit helpers."""

KB = 1024
MB = 1024 * KB
GB = 1024 * MB


def human(n):
    for size, unit in ((GB, "GB"), (MB, "MB"), (KB, "KB")):
        if n >= size:
            return "%.1f %s" % (n / size, unit)
    return "%d B" % n
'''

pathlib.Path("unit_helpers.py").write_text(HELPER)

import unit_helpers  # noqa: E402

for n in (512, 2048, 5 * 1024 ** 2, 3 * 1024 ** 3):
    print(n, "=", unit_helpers.human(n))
