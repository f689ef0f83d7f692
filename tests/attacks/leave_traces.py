# Attack: leave something for the next program the jail runs (or find what the last one left).
# A jail that reuses its /tmp or working directory between runs would let one tenant plant
# files for the next one, or read what the previous one wrote.
# Usage: leave_traces.py MARKER TOKEN   writes TOKEN-named files, then lists where they would be
#        found by a later run (and prints any TOKEN-like name it sees from earlier runs).
import json
import os
import sys


def emit(**record):
    print(json.dumps(record), flush=True)


def main():
    token = sys.argv[2]
    emit(ev="start")
    seen = {}
    for d in ("/tmp", os.getcwd(), "/dev/shm", "/var/tmp"):
        try:
            seen[d] = sorted(os.listdir(d))
        except OSError as e:
            seen[d] = e.errno
    emit(ev="seen", dirs=seen)
    for d in ("/tmp", os.getcwd()):
        try:
            with open(os.path.join(d, f"trace-{token}-{os.getpid()}"), "w") as f:
                f.write(token)
            emit(ev="planted", dir=d, ok=True)
        except OSError as e:
            emit(ev="planted", dir=d, ok=False, errno=e.errno)
    emit(ev="done")


main()
