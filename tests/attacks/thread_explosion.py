# Attack: start threads until the kernel gives up.
# A broken jail (process limit that does not count threads) would let this reach its own cap
# of CAP threads (5000), each one a task the host scheduler has to carry.
# Usage: thread_explosion.py MARKER [CAP]
import json
import sys
import threading
import time


def main():
    cap = int(sys.argv[2]) if len(sys.argv) > 2 else 5000
    print(json.dumps({"ev": "start"}), flush=True)
    threading.stack_size(64 << 10)
    n, error = 0, None
    while n < cap:
        try:
            threading.Thread(target=time.sleep, args=(300,), daemon=True).start()
        except (RuntimeError, OSError) as e:
            error = type(e).__name__ + ": " + str(e)
            break
        n += 1
    print(json.dumps({"ev": "threads", "n": n, "error": error}), flush=True)
    print(json.dumps({"ev": "done"}), flush=True)


main()
