# Attack: eat the host's memory.
# A broken jail (no memory cgroup, no address-space limit) would let this fill memory in 8 MiB
# steps up to its own cap (2 GiB by default, so that a broken jail does not hurt the test host)
# and print "allocated" with the full amount.
# Usage: memory_bomb.py MARKER [CAP_MIB]
import json
import sys


def main():
    cap_mib = int(sys.argv[2]) if len(sys.argv) > 2 else 2048
    print(json.dumps({"ev": "start"}), flush=True)
    chunks = []
    for step in range(cap_mib // 8):
        chunks.append(b"\x01" * (8 << 20))  # written, so every page is really used
        if step % 8 == 7:
            print(json.dumps({"ev": "progress", "mib": (step + 1) * 8}), flush=True)
    print(json.dumps({"ev": "allocated", "mib": cap_mib}), flush=True)


main()
