# Attack: get around a per-process CPU limit by spinning in several processes at once.
# A jail that only sets RLIMIT_CPU (per process) lets N spinners use N times the CPU limit.
# The main process does not spin: it sums its children's CPU time from /proc and prints the
# total every 100 ms, so the last line shows what the whole jail consumed.
# Usage: cpu_spread.py MARKER N
import json
import os
import sys
import time


def cpu_seconds(pid):
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except OSError:
        return None


def main():
    n = int(sys.argv[2])
    print(json.dumps({"ev": "start"}), flush=True)
    last = {}
    children = []
    for _ in range(n):
        pid = os.fork()
        if pid == 0:
            while True:
                pass
        children.append(pid)
    while True:
        for pid in children:
            seconds = cpu_seconds(pid)
            if seconds is not None:
                last[pid] = seconds
        print(json.dumps({"ev": "cpu", "total": round(sum(last.values()), 2)}), flush=True)
        try:
            os.waitpid(-1, os.WNOHANG)  # reap a spinner killed by a per-process limit
        except ChildProcessError:
            pass
        time.sleep(0.1)


main()
