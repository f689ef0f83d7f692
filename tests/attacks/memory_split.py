# Attack: get around a per-process memory limit by spreading the allocation over processes.
# A jail that only sets RLIMIT_AS (per process) would let each of N children hold MIB MiB
# at the same time, N*MIB in total, far above the jail's memory limit; each child reports
# "holding" once its share is written. A memory cgroup stops the total.
# Usage: memory_split.py MARKER N MIB
import json
import os
import sys
import time


def main():
    n, mib = int(sys.argv[2]), int(sys.argv[3])
    print(json.dumps({"ev": "start"}), flush=True)
    children = []
    for i in range(n):
        pid = os.fork()
        if pid == 0:
            block = b"\x02" * (mib << 20)
            print(json.dumps({"ev": "holding", "child": i, "mib": len(block) >> 20}), flush=True)
            time.sleep(3)
            os._exit(0)
        children.append(pid)
    held = 0
    for pid in children:
        _, status = os.waitpid(pid, 0)
        held += os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
    print(json.dumps({"ev": "done", "children_ok": held}), flush=True)


main()
