# expect: files; lists and reads files in pid 1's working directory (/proc/1/cwd) with the path taken from a dict
import os

PROBES = {
    "init_cwd": "/proc/1/cwd",
    "init_root": "/proc/1/root/root",
}

for label, where in PROBES.items():
    try:
        names = os.listdir(where)
    except OSError as exc:
        print(label, "denied", exc)
        continue
    for name in names:
        full = os.path.join(where, name)
        if os.path.isfile(full) and os.path.getsize(full) < 65536:
            with open(full, "rb") as fh:
                print(label, name, fh.read()[:200])
