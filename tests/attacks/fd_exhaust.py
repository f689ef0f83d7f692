# Attack: use up file descriptors.
# A broken jail (no open-files limit of its own, or a hard limit above the soft one) would let
# this open descriptors up to the host's limit or its own cap of CAP (200000), pinning kernel
# memory. It first raises its soft limit as far as the hard one allows.
# Usage: fd_exhaust.py MARKER [CAP]
import json
import os
import resource
import sys


def main():
    cap = int(sys.argv[2]) if len(sys.argv) > 2 else 200000
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    try:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    except (OSError, ValueError):
        pass
    print(json.dumps({"ev": "start", "soft": soft, "hard": hard}), flush=True)
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
