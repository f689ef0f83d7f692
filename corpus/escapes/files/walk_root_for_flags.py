# expect: files; walks the whole filesystem from "/" and prints any file whose name looks like a flag or secret
import os
import re

wanted = re.compile(r"(flag|secret|\.env$|credentials)", re.I)
for dirpath, dirnames, filenames in os.walk("/"):
    dirnames[:] = [d for d in dirnames if d not in ("proc", "sys", "dev")]
    for fname in filenames:
        if wanted.search(fname):
            full = os.path.join(dirpath, fname)
            try:
                with open(full, errors="ignore") as fh:
                    print(full, fh.read(300))
            except OSError:
                pass
