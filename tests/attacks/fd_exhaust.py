# Attack: use up file descriptors.
# A broken jail (no open-files limit of its own) would let this open descriptors up to the
# host's limit or its own cap of CAP (200000), pinning kernel memory.
# Usage: fd_exhaust.py MARKER [CAP]
import json
import os
import sys


def main():
    cap = int(sys.argv[2]) if len(sys.argv) > 2 else 200000
    print(json.dumps({"ev": "start"}), flush=True)
    fds, errno = [], None
    try:
        first = os.open("/dev/null", os.O_RDONLY)
        fds.append(first)
        while len(fds) < cap:
            fds.append(os.dup(first))
    except OSError as e:
        errno = e.errno
    print(json.dumps({"ev": "fds", "n": len(fds), "errno": errno}), flush=True)
    print(json.dumps({"ev": "done"}), flush=True)


main()
