# Attack: the classic exponential fork bomb - every process keeps forking.
# A broken jail would let this double the process count ROUNDS times (2**ROUNDS processes,
# 1024 by default, capped by construction so that a broken jail does not kill the test host);
# every process then lingers for LINGER seconds, so the host sees them all at once.
# Usage: fork_bomb_exp.py MARKER [ROUNDS] [LINGER]
import ctypes
import json
import os
import sys
import time


def main():
    marker = sys.argv[1]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 10
    linger = float(sys.argv[3]) if len(sys.argv) > 3 else 3.0
    root = os.getpid()
    print(json.dumps({"ev": "start"}), flush=True)
    failures = 0
    for _ in range(rounds):
        try:
            if os.fork() == 0:
                try:
                    ctypes.CDLL(None).prctl(15, marker.encode()[:15], 0, 0, 0)
                except Exception:  # noqa: BLE001
                    pass
        except OSError:
            failures += 1
    if os.getpid() != root:
        time.sleep(linger)
        os._exit(0)
    print(json.dumps({"ev": "bomb", "root_failures": failures}), flush=True)
    time.sleep(linger)
    print(json.dumps({"ev": "done"}), flush=True)


main()
